package io.dockyard.engine;

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
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine goes away and comes back while containers change: afterwards the model equals the
 * engine, with nothing doubled and nothing lost. Runs against a dockerd of its own.
 */
@Timeout(240)
class EngineRestartIT {

    @Test
    void modelEqualsEngineAfterRestartsWhileContainersChange() throws Exception {
        TestEngine.require(); // skips or fails loudly, as every engine test does, when there is no engine
        try (SecondEngine second = SecondEngine.create()) {
            second.start();
            TestEngine cli = second.cli();
            cli.buildBase();
            String keep = cli.runDetached("--name", "keeper", TestEngine.BASE_IMAGE, "sleep", "600");
            String gone = cli.runDetached("--name", "goner", TestEngine.BASE_IMAGE, "sleep", "600");

            Set<Connection.Status> seen = EnumSet.noneOf(Connection.Status.class);
            EngineStore store = new EngineStore(EngineState.empty(Connection.connecting(second.host(), "")), Runnable::run);
            store.subscribe(s -> seen.add(s.connection().status()));
            EngineEndpoint endpoint = new EngineEndpoint(second.host(), false, null, "test", "second engine");
            try (EngineFeed feed = new EngineFeed(() -> EndpointChoice.of(endpoint), store::accept, Clock.systemUTC())) {
                feed.start();
                awaitEqual(store, cli, Duration.ofSeconds(10));

                for (int cycle = 0; cycle < 2; cycle++) {
                    second.stop();
                    Await.until(Duration.ofSeconds(10), () -> store.current().connection().status()
                            == Connection.Status.RECONNECTING, () -> "no reconnecting status: " + store.current().connection());
                    second.start();
                    // change things at once, while the feed may still be backing off
                    if (cycle == 0) {
                        cli.docker("rm", "-f", gone);
                        cli.runDetached("--name", "newcomer", TestEngine.BASE_IMAGE, "sleep", "600");
                        cli.docker("start", keep);
                    } else {
                        cli.docker("create", "--label", cli.label(), "--name", "draft", TestEngine.BASE_IMAGE);
                        cli.docker("tag", TestEngine.BASE_IMAGE, "dockyard-test/after-restart:1");
                    }
                    awaitEqual(store, cli, Duration.ofSeconds(15));
                    Await.until(Duration.ofSeconds(5), () -> store.current().connection().status() == Connection.Status.LIVE,
                            () -> "not live again: " + store.current().connection());
                }
            } finally {
                store.close();
            }
            assertTrue(seen.contains(Connection.Status.RECONNECTING), "the status showed reconnecting");
        }
    }

    private static void awaitEqual(EngineStore store, TestEngine cli, Duration limit) {
        Await.until(limit, () -> EngineTruth.containers(store.current()).equals(EngineTruth.containers(cli))
                        && EngineTruth.images(store.current()).equals(EngineTruth.images(cli)),
                () -> "model " + EngineTruth.containers(store.current()) + " " + EngineTruth.images(store.current())
                        + "\nengine " + EngineTruth.containers(cli) + " " + EngineTruth.images(cli));
    }
}
