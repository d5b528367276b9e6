package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.BuildImage;
import io.dockyard.intent.ComposeCli;
import io.dockyard.intent.Intent;
import io.dockyard.intent.PullImage;
import io.dockyard.intent.Query;
import io.dockyard.intent.StreamingQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@link EngineCommands} with docker-java. Requests use a client with a response timeout;
 * streams (pull, build, logs, stats) use one without, and end when cancelled. Queries are answered
 * by {@link QueryAnswers}, intents performed by {@link IntentPerformer}.
 */
public final class DockerEngineCommands implements EngineCommands {
    static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

    private final DockerClient requests;
    private final String host;
    private final Calls calls;
    private final EngineStreams streams;
    private final IntentPerformer performer;
    private final ComposeCliProbe composeCli;
    private final QueryAnswers answers;

    /**
     * @param requests made with {@link DockerClients#forRequests}
     * @param streams  made with {@link DockerClients#forStreams}
     * @param executor runs every blocking engine call; never the FX thread
     * @param host     the engine's address, for messages
     */
    public DockerEngineCommands(DockerClient requests, DockerClient streams, ExecutorService executor, String host) {
        this.requests = requests;
        this.host = host;
        this.calls = new Calls(executor, host);
        this.streams = new EngineStreams(streams, calls, host);
        this.performer = new IntentPerformer(requests, calls, this.streams);
        this.composeCli = new ComposeCliProbe(executor);
        this.answers = new QueryAnswers(requests, calls, this.streams);
    }

    /** Opens both clients for the endpoint. */
    public static DockerEngineCommands open(EngineEndpoint endpoint, ExecutorService executor) {
        return new DockerEngineCommands(DockerClients.forRequests(endpoint), DockerClients.forStreams(endpoint),
                executor, endpoint.host());
    }

    @Override
    public CompletableFuture<Outcome> perform(Intent intent) {
        return intent.accept(performer);
    }

    @Override
    public CompletableFuture<ComposeCli> composeCli() {
        return composeCli.detect();
    }

    /** {@code repo[:tag]} into repo and tag; the tag is {@code latest} when absent. */
    static String[] splitTag(String reference) {
        int slash = reference.lastIndexOf('/');
        int colon = reference.lastIndexOf(':');
        if (colon > slash) {
            return new String[]{reference.substring(0, colon), reference.substring(colon + 1)};
        }
        return new String[]{reference, "latest"};
    }

    @Override
    public CompletableFuture<Outcome> pull(PullImage pull, Consumer<PullProgress> progress) {
        return streams.pull(pull, progress);
    }

    @Override
    public CompletableFuture<Outcome> build(BuildImage build, Consumer<BuildProgress> progress) {
        return streams.build(build, progress);
    }

    @Override
    public <T> CompletableFuture<T> ask(Query<T> query) {
        return query.accept(answers);
    }

    @Override
    public <E> CompletableFuture<Void> stream(StreamingQuery<E> query, Consumer<? super E> each) {
        return query.accept(answers, each);
    }

    @Override
    public CompletableFuture<List<DanglingImage>> danglingImages(Map<String, String> labels) {
        return calls.request(DEFAULT_LIMIT, () -> {
            var cmd = requests.listImagesCmd().withDanglingFilter(true);
            if (!labels.isEmpty()) {
                cmd.withLabelFilter(labels);
            }
            return cmd.exec().stream().map(i -> new DanglingImage(i.getId(), i.getSize() == null ? 0 : i.getSize(),
                    Instant.ofEpochSecond(i.getCreated() == null ? 0 : i.getCreated()))).toList();
        });
    }

    @Override
    public CompletableFuture<RemovalImpact> removalImpact(String container) {
        return calls.request(DEFAULT_LIMIT, () -> {
            InspectContainerResponse c = requests.inspectContainerCmd(container).withSize(true).exec();
            List<String> anonymous = new ArrayList<>();
            List<String> named = new ArrayList<>();
            for (var m : c.getMounts() == null ? List.<InspectContainerResponse.Mount>of() : c.getMounts()) {
                if (m.getName() != null && !m.getName().isEmpty()) {
                    // the engine names anonymous volumes with 64 hex digits
                    (m.getName().matches("[0-9a-f]{64}") ? anonymous : named).add(m.getName());
                }
            }
            boolean running = c.getState() != null && Boolean.TRUE.equals(c.getState().getRunning());
            return new RemovalImpact(c.getSizeRw() == null ? 0 : c.getSizeRw(), anonymous, named, running);
        });
    }

    @Override
    public void close() {
        calls.close(requests);
        streams.close();
    }

    String host() {
        return host;
    }

    /** Runs a blocking call with a limit; used by the streams too. */
    static final class Calls {
        private final ExecutorService executor;
        private final String host;

        Calls(ExecutorService executor, String host) {
            this.executor = executor;
            this.host = host;
        }

        <T> CompletableFuture<T> request(Duration limit, Supplier<T> work) {
            CompletableFuture<T> result = new CompletableFuture<>();
            java.util.concurrent.Future<?> task = executor.submit(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(failure(e));
                }
            });
            CompletableFuture.delayedExecutor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    .execute(() -> result.completeExceptionally(new CommandFailed("The engine at " + host
                            + " did not finish within " + limit.toSeconds() + " s. It may be busy; the action may "
                            + "still complete, and the yard will show it if it does.", false, null)));
            result.whenComplete((r, e) -> {
                if (result.isCancelled()) {
                    task.cancel(true);
                }
            });
            return result;
        }

        CommandFailed failure(Throwable e) {
            if (e instanceof CommandFailed already) {
                return already;
            }
            return new CommandFailed(EngineProblems.describe(e, host), EngineProblems.isRefusal(e), e);
        }

        void close(DockerClient client) {
            try {
                client.close();
            } catch (java.io.IOException | RuntimeException ignored) {
                // closing a client that lost its engine has nothing left to report
            }
        }
    }
}
