package io.dockyard.engine;

import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.StartContainer;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.EngineTruth;
import io.dockyard.testing.SecondEngine;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An engine that freezes (SIGSTOP: its socket stays open and nothing answers) is reported as
 * unresponsive, an action started meanwhile ends with a message at its time limit, and the model
 * equals the engine again once it thaws. Runs against a dockerd of its own.
 */
@Timeout(240)
class EngineHealthIT {

    @Test
    void aFrozenEngineIsReportedAndTheModelCatchesUpOnceItAnswersAgain() throws Exception {
        TestEngine.require();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (SecondEngine second = SecondEngine.create()) {
            second.start();
            TestEngine cli = second.cli();
            cli.buildBase();
            String sleeper = cli.runDetached("--name", "sleeper", TestEngine.BASE_IMAGE, "sleep", "600");
            cli.docker("stop", "-t", "0", sleeper);
            EngineEndpoint endpoint = new EngineEndpoint(second.host(), false, null, "test", "second engine");
            EngineStore store = new EngineStore(EngineState.empty(Connection.connecting(second.host(), "")),
                    Runnable::run);
            try (EngineFeed feed = new EngineFeed(() -> EndpointChoice.of(endpoint), store::accept, Clock.systemUTC());
                 DockerEngineCommands commands = DockerEngineCommands.open(endpoint, pool)) {
                feed.start();
                awaitEqual(store, cli);

                Instant frozen = Instant.now();
                second.freeze();
                Await.until(Duration.ofSeconds(20), () -> status(store) == Connection.Status.UNRESPONSIVE,
                        () -> "never reported as unresponsive: " + store.current().connection());
                Duration noticed = Duration.between(frozen, Instant.now());
                Connection silent = store.current().connection();
                assertNotNull(silent.silentSince());
                assertTrue(!silent.silentSince().isAfter(frozen.plusMillis(1500)), "last answer " + silent.silentSince()
                        + " is about when the engine froze, " + frozen);
                System.out.println("health: a frozen engine was reported after " + noticed.toMillis() + " ms");

                CompletableFuture<EngineCommands.Outcome> start = commands.perform(new StartContainer(sleeper));
                ExecutionException failed = assertThrows(ExecutionException.class, () -> start.get(90, TimeUnit.SECONDS));
                String words = failed.getCause().getMessage();
                assertTrue(words.contains(second.host()) && words.contains("did not"), words);
                System.out.println("health: an action on the frozen engine ended with: " + words);
                assertEquals(Connection.Status.UNRESPONSIVE, status(store), "still frozen, still said so");

                Instant thawed = Instant.now();
                second.thaw();
                Await.until(Duration.ofSeconds(10), () -> status(store) == Connection.Status.LIVE,
                        () -> "not live after thawing: " + store.current().connection());
                System.out.println("health: live again " + Duration.between(thawed, Instant.now()).toMillis()
                        + " ms after the engine was let go on");
                // the start sent while frozen may or may not have been done by the engine: either way the model says
                awaitEqual(store, cli);
            } finally {
                store.close();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Connection.Status status(EngineStore store) {
        return store.current().connection().status();
    }

    private static void awaitEqual(EngineStore store, TestEngine cli) {
        Await.until(Duration.ofSeconds(15), () -> EngineTruth.containers(store.current()).equals(EngineTruth.containers(cli))
                        && EngineTruth.images(store.current()).equals(EngineTruth.images(cli)),
                () -> "model " + EngineTruth.containers(store.current()) + "\nengine " + EngineTruth.containers(cli));
    }
}
