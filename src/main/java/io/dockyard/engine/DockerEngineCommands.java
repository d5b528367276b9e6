package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.PruneResponse;
import com.github.dockerjava.api.model.PruneType;
import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.BuildImage;
import io.dockyard.intent.CommitContainer;
import io.dockyard.intent.CreateContainer;
import io.dockyard.intent.ExecCommand;
import io.dockyard.intent.Intent;
import io.dockyard.intent.KillContainer;
import io.dockyard.intent.PauseContainer;
import io.dockyard.intent.PruneImages;
import io.dockyard.intent.PullImage;
import io.dockyard.intent.RemoveContainer;
import io.dockyard.intent.RemoveImage;
import io.dockyard.intent.RenameContainer;
import io.dockyard.intent.RestartContainer;
import io.dockyard.intent.RunContainer;
import io.dockyard.intent.StartContainer;
import io.dockyard.intent.StopContainer;
import io.dockyard.intent.TagImage;
import io.dockyard.intent.UnpauseContainer;
import io.dockyard.model.Ids;
import io.dockyard.model.Layer;
import io.dockyard.text.ByteSize;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link EngineCommands} with docker-java. Requests use a client with a response timeout;
 * streams (pull, build, logs, stats) use one without, and end when cancelled.
 */
public final class DockerEngineCommands implements EngineCommands {
    private static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);
    private static final int ENGINE_STOP_DEFAULT = 10;

    private final DockerClient requests;
    private final String host;
    private final Calls calls;
    private final EngineStreams streams;
    private final Map<Class<?>, Function<Intent, Outcome>> handlers = new HashMap<>();

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
        registerContainerActions();
        registerImageActions();
    }

    /** Opens both clients for the endpoint. */
    public static DockerEngineCommands open(EngineEndpoint endpoint, ExecutorService executor) {
        return new DockerEngineCommands(DockerClients.forRequests(endpoint), DockerClients.forStreams(endpoint),
                executor, endpoint.host());
    }

    private <T extends Intent> void on(Class<T> type, Function<T, Outcome> handler) {
        handlers.put(type, i -> handler.apply(type.cast(i)));
    }

    private void registerContainerActions() {
        on(RunContainer.class, this::run);
        on(StartContainer.class, i -> done(() -> requests.startContainerCmd(i.container()).exec(), "started"));
        on(StopContainer.class, i -> done(() -> withTimeout(requests.stopContainerCmd(i.container()), i.timeoutSeconds()),
                "stopped"));
        on(RestartContainer.class, i -> done(() -> {
            var cmd = requests.restartContainerCmd(i.container());
            (i.timeoutSeconds() == null ? cmd : cmd.withTimeout(i.timeoutSeconds())).exec();
        }, "restarted"));
        on(PauseContainer.class, i -> done(() -> requests.pauseContainerCmd(i.container()).exec(), "paused"));
        on(UnpauseContainer.class, i -> done(() -> requests.unpauseContainerCmd(i.container()).exec(), "unpaused"));
        on(KillContainer.class, i -> done(() -> {
            var cmd = requests.killContainerCmd(i.container());
            (i.signal() == null || i.signal().isEmpty() ? cmd : cmd.withSignal(i.signal())).exec();
        }, i.signal() == null || i.signal().isEmpty() ? "killed" : "sent " + i.signal()));
        on(RenameContainer.class, i -> done(() -> requests.renameContainerCmd(i.container()).withName(i.newName()).exec(),
                "renamed to " + i.newName()));
        on(RemoveContainer.class, i -> done(() -> requests.removeContainerCmd(i.container()).withForce(i.force())
                .withRemoveVolumes(i.volumes()).exec(), "removed"));
        on(CommitContainer.class, this::commit);
        on(CreateContainer.class, i -> {
            CreateContainerResponse created = RunSpec.create(requests, i.asRun()).exec();
            return new Outcome(Ids.shortId(created.getId()), created.getId(), "");
        });
        on(ExecCommand.class, i -> Exec.run(requests, i));
    }

    private void registerImageActions() {
        on(TagImage.class, i -> {
            String[] repoTag = splitTag(i.target());
            requests.tagImageCmd(i.source(), repoTag[0], repoTag[1]).exec();
            return Outcome.of("tagged " + i.target());
        });
        on(RemoveImage.class, i -> done(() -> requests.removeImageCmd(i.image()).withForce(i.force()).exec(),
                "removed " + i.image()));
        on(PruneImages.class, this::prune);
    }

    private static void withTimeout(com.github.dockerjava.api.command.StopContainerCmd cmd, Integer seconds) {
        (seconds == null ? cmd : cmd.withTimeout(seconds)).exec();
    }

    @Override
    public CompletableFuture<Outcome> perform(Intent intent) {
        if (intent instanceof PullImage pull) {
            return pull(pull, p -> { });
        }
        if (intent instanceof BuildImage build) {
            return build(build, p -> { });
        }
        Function<Intent, Outcome> handler = handlers.get(intent.getClass());
        if (handler == null) {
            return CompletableFuture.failedFuture(new CommandFailed("Dockyard cannot perform " + intent.cliLine(),
                    false, null));
        }
        return calls.request(limitFor(intent), () -> handler.apply(intent));
    }

    private static Duration limitFor(Intent intent) {
        Integer wait = null;
        if (intent instanceof StopContainer stop) {
            wait = stop.timeoutSeconds();
        } else if (intent instanceof RestartContainer restart) {
            wait = restart.timeoutSeconds();
        } else {
            return DEFAULT_LIMIT;
        }
        return Duration.ofSeconds((wait == null ? ENGINE_STOP_DEFAULT : Math.max(0, wait)) + 30L);
    }

    private Outcome run(RunContainer run) {
        CreateContainerResponse created = RunSpec.create(requests, run).exec();
        // like docker run: a container that fails to start is left created, and the error is the engine's
        requests.startContainerCmd(created.getId()).exec();
        return new Outcome(Ids.shortId(created.getId()), created.getId(), "");
    }

    private Outcome commit(CommitContainer commit) {
        var cmd = requests.commitCmd(commit.container());
        if (!commit.repoTag().isEmpty()) {
            String[] repoTag = splitTag(commit.repoTag());
            cmd.withRepository(repoTag[0]).withTag(repoTag[1]);
        }
        if (!commit.message().isEmpty()) {
            cmd.withMessage(commit.message());
        }
        if (!commit.changes().isEmpty()) {
            // the engine's commit request takes a config rather than Dockerfile lines; the labels
            // given there win over the container's own, as LABEL changes do
            cmd.withLabels(CommitChanges.labels(commit.changes()));
        }
        String id = cmd.exec();
        return new Outcome(Ids.shortId(id), id, "");
    }

    private Outcome prune(PruneImages prune) {
        var cmd = requests.pruneCmd(PruneType.IMAGES).withDangling(true);
        if (!prune.labels().isEmpty()) {
            cmd.withLabelFilter(prune.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new));
        }
        PruneResponse response = cmd.exec();
        long bytes = response.getSpaceReclaimed() == null ? 0 : response.getSpaceReclaimed();
        return Outcome.of("reclaimed " + ByteSize.human(bytes));
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

    private static Outcome done(Runnable call, String summary) {
        call.run();
        return Outcome.of(summary);
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
    public CompletableFuture<Void> logs(String container, LogOptions options, Consumer<LogLine> lines) {
        return streams.logs(container, options, lines);
    }

    @Override
    public CompletableFuture<Void> stats(String container, Consumer<StatsSample> samples) {
        return streams.stats(container, samples);
    }

    @Override
    public CompletableFuture<List<FileChange>> diff(String container) {
        return calls.request(DEFAULT_LIMIT, () -> ModelMapper.changes(requests.containerDiffCmd(container).exec()));
    }

    @Override
    public CompletableFuture<ProcessTable> top(String container) {
        return calls.request(DEFAULT_LIMIT, () -> ModelMapper.processes(requests.topContainerCmd(container).exec()));
    }

    @Override
    public CompletableFuture<List<Layer>> history(String image) {
        return calls.request(DEFAULT_LIMIT, () -> ModelMapper.layers(requests.imageHistoryCmd(image).exec()));
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
