package io.dockyard.engine;

import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.BuildImage;
import io.dockyard.intent.ComposeCli;
import io.dockyard.intent.Intent;
import io.dockyard.intent.PullImage;
import io.dockyard.intent.Query;
import io.dockyard.intent.StreamingQuery;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Engine commands for whichever endpoint the feed is using now. The feed may find the engine
 * later than the window opens, or move to another socket after a restart; gestures follow it.
 * Before any engine is found every command fails with a message saying so.
 */
public final class FollowingEngineCommands implements EngineCommands {
    private final Supplier<EngineEndpoint> endpoint;
    private final ExecutorService executor;
    /** Asked without an engine: the compose command line belongs to this machine, not to the endpoint. */
    private final ComposeCliProbe composeCli;
    /** The commands opened for an endpoint; replaced, never changed, so a gesture reads it without a lock. */
    private volatile Opened opened;

    private record Opened(EngineEndpoint endpoint, DockerEngineCommands commands) {
    }

    /**
     * @param endpoint the endpoint in use, or null while none is known ({@code EngineFeed::endpoint});
     *                 it must answer at once, without I/O or locks
     * @param executor runs every blocking engine call, and the opening of clients; never the FX thread
     */
    public FollowingEngineCommands(Supplier<EngineEndpoint> endpoint, ExecutorService executor) {
        this.endpoint = endpoint;
        this.executor = executor;
        this.composeCli = new ComposeCliProbe(executor);
    }

    /**
     * Opens the clients for the endpoint in use now, in the background: called when the engine
     * connects, so that the first gesture finds them ready (making them, with TLS, takes a while).
     */
    public void prepare() {
        EngineEndpoint now = endpoint.get();
        Opened ready = opened;
        if (now != null && (ready == null || !ready.endpoint().equals(now))) {
            executor.execute(this::current);
        }
    }

    /** On the executor: the commands for the endpoint in use, opened first if the endpoint changed. */
    private synchronized DockerEngineCommands current() {
        EngineEndpoint now = endpoint.get();
        if (now == null) {
            return null;
        }
        Opened ready = opened;
        if (ready == null || !ready.endpoint().equals(now)) {
            if (ready != null) {
                ready.commands().close();
            }
            ready = new Opened(now, DockerEngineCommands.open(now, executor));
            opened = ready;
        }
        return ready.commands();
    }

    private <T> CompletableFuture<T> call(Function<DockerEngineCommands, CompletableFuture<T>> command) {
        EngineEndpoint now = endpoint.get();
        if (now == null) {
            return notConnected();
        }
        Opened ready = opened;
        if (ready != null && ready.endpoint().equals(now)) {
            return command.apply(ready.commands());
        }
        // not opened for this endpoint yet: open off the caller's thread, then ask
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                DockerEngineCommands commands = current();
                CompletableFuture<T> inner = commands == null ? notConnected() : command.apply(commands);
                result.whenComplete((r, e) -> {
                    if (result.isCancelled()) {
                        inner.cancel(true); // a cancelled pull, build or log stream stops
                    }
                });
                inner.whenComplete((r, e) -> {
                    if (e == null) {
                        result.complete(r);
                    } else {
                        result.completeExceptionally(e instanceof java.util.concurrent.CompletionException
                                && e.getCause() != null ? e.getCause() : e);
                    }
                });
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static <T> CompletableFuture<T> notConnected() {
        return CompletableFuture.failedFuture(new IllegalStateException(
                "Dockyard is not connected to a Docker engine yet. Start Docker; Dockyard connects by itself."));
    }

    @Override
    public CompletableFuture<Outcome> perform(Intent intent) {
        return call(c -> c.perform(intent));
    }

    @Override
    public CompletableFuture<ComposeCli> composeCli() {
        return composeCli.detect();
    }

    @Override
    public CompletableFuture<Outcome> pull(PullImage pull, Consumer<PullProgress> progress) {
        return call(c -> c.pull(pull, progress));
    }

    @Override
    public CompletableFuture<Outcome> build(BuildImage build, Consumer<BuildProgress> progress) {
        return call(c -> c.build(build, progress));
    }

    @Override
    public <T> CompletableFuture<T> ask(Query<T> query) {
        return call(c -> c.ask(query));
    }

    @Override
    public <E> CompletableFuture<Void> stream(StreamingQuery<E> query, Consumer<? super E> each) {
        return call(c -> c.stream(query, each));
    }

    @Override
    public CompletableFuture<List<DanglingImage>> danglingImages(Map<String, String> labels) {
        return call(c -> c.danglingImages(labels));
    }

    @Override
    public CompletableFuture<RemovalImpact> removalImpact(String container) {
        return call(c -> c.removalImpact(container));
    }

    @Override
    public synchronized void close() {
        Opened ready = opened;
        if (ready != null) {
            ready.commands().close();
            opened = null;
        }
        executor.shutdownNow();
    }
}
