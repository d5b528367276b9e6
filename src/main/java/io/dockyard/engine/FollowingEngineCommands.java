package io.dockyard.engine;

import io.dockyard.actions.BuildImage;
import io.dockyard.actions.Intent;
import io.dockyard.actions.PullImage;
import io.dockyard.model.Layer;

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
    private EngineEndpoint openFor;
    private DockerEngineCommands open;

    /**
     * @param endpoint the endpoint in use, or null while none is known ({@code EngineFeed::endpoint})
     * @param executor runs every blocking engine call; never the FX thread
     */
    public FollowingEngineCommands(Supplier<EngineEndpoint> endpoint, ExecutorService executor) {
        this.endpoint = endpoint;
        this.executor = executor;
    }

    private synchronized DockerEngineCommands current() {
        EngineEndpoint now = endpoint.get();
        if (now == null) {
            return null;
        }
        if (!now.equals(openFor)) {
            if (open != null) {
                open.close();
            }
            open = DockerEngineCommands.open(now, executor);
            openFor = now;
        }
        return open;
    }

    private <T> CompletableFuture<T> call(Function<DockerEngineCommands, CompletableFuture<T>> command) {
        DockerEngineCommands commands = current();
        if (commands == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "Dockyard is not connected to a Docker engine yet. Start Docker; Dockyard connects by itself."));
        }
        return command.apply(commands);
    }

    @Override
    public CompletableFuture<Outcome> perform(Intent intent) {
        return call(c -> c.perform(intent));
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
    public CompletableFuture<Void> logs(String container, LogOptions options, Consumer<LogLine> lines) {
        return call(c -> c.logs(container, options, lines));
    }

    @Override
    public CompletableFuture<List<FileChange>> diff(String container) {
        return call(c -> c.diff(container));
    }

    @Override
    public CompletableFuture<ProcessTable> top(String container) {
        return call(c -> c.top(container));
    }

    @Override
    public CompletableFuture<Void> stats(String container, Consumer<StatsSample> samples) {
        return call(c -> c.stats(container, samples));
    }

    @Override
    public CompletableFuture<List<Layer>> history(String image) {
        return call(c -> c.history(image));
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
        if (open != null) {
            open.close();
            open = null;
        }
        executor.shutdownNow();
    }
}
