package io.dockyard.engine;

import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.Intent;
import io.dockyard.intent.RunContainer;
import io.dockyard.testing.TestEngine;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Real {@link DockerEngineCommands} against the test engine, with helpers that wait for answers. */
public final class CommandsFixture implements AutoCloseable {
    public final TestEngine engine;
    public final DockerEngineCommands commands;
    private final ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "test-engine-commands");
        t.setDaemon(true);
        return t;
    });

    public CommandsFixture() {
        engine = TestEngine.require();
        commands = DockerEngineCommands.open(engine.endpoint(), executor);
    }

    public Map<String, String> labels() {
        return Map.of("dockyard.test", engine.runId());
    }

    /** A labelled run of the base image that stays up. */
    public RunContainer sleeper(String name) {
        return RunContainer.of(TestEngine.BASE_IMAGE).withName(name).withCommand(List.of("sleep", "300"))
                .withLabels(labels());
    }

    public EngineCommands.Outcome perform(Intent intent) {
        return await(commands.perform(intent));
    }

    /** The failure's message, failing the test if the call succeeded. */
    public CommandFailed failure(CompletableFuture<?> future) {
        try {
            Object result = future.get(60, TimeUnit.SECONDS);
            throw new AssertionError("expected a failure but got " + result);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CommandFailed failed) {
                return failed;
            }
            throw new AssertionError("failed with an unexpected type", e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    public static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(90, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("engine call failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** {@code docker inspect --format} of one object. */
    public String inspect(String format, String what) {
        return engine.docker("inspect", "--format", format, what);
    }

    @Override
    public void close() {
        commands.close();
        executor.shutdownNow();
        engine.cleanup();
    }
}
