package io.dockyard.engine;

import io.dockyard.engine.discovery.UnixSocketProbe;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.EngineTruth;
import io.dockyard.testing.SecondEngine;
import io.dockyard.testing.TestEngine;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: prints figures, asserts nothing. On a dockerd of its own, (a) how long after a
 * SIGSTOP the feed reports the engine as unresponsive, and (b) over restart cycles, how long after
 * the restarted engine first answers a ping the model is live again with a fresh listing (the
 * yard draws that state in the next frame). Each cycle also checks that the model then equals
 * the engine, and says so if it does not.
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench=io.dockyard.engine.HealthBenchmark [-Dcycles=20]</pre>
 */
public final class HealthBenchmark {
    private HealthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cycles = Integer.getInteger("cycles", 20);
        TestEngine.require();
        try (SecondEngine second = SecondEngine.create()) {
            second.start();
            TestEngine cli = second.cli();
            cli.buildBase();
            cli.runDetached("--name", "bench-exited", TestEngine.BASE_IMAGE, "true");
            cli.docker("create", "--label", cli.label(), "--name", "bench-created", TestEngine.BASE_IMAGE);
            AtomicLong liveAt = new AtomicLong();
            EngineStore store = new EngineStore(EngineState.empty(Connection.connecting(second.host(), "")),
                    Runnable::run);
            store.subscribe(s -> {
                if (s.connection().status() == Connection.Status.LIVE) {
                    liveAt.compareAndSet(0, System.nanoTime());
                }
            });
            EngineEndpoint endpoint = new EngineEndpoint(second.host(), false, null, "bench", "second engine");
            try (EngineFeed feed = new EngineFeed(() -> EndpointChoice.of(endpoint), store::accept, Clock.systemUTC())) {
                feed.start();
                awaitEqual(store, cli);
                frozen(second, store);
                List<Long> catchUp = new ArrayList<>();
                UnixSocketProbe probe = new UnixSocketProbe(Duration.ofMillis(200));
                for (int i = 0; i < cycles; i++) {
                    second.stop();
                    Await.until(Duration.ofSeconds(10), () -> status(store) == Connection.Status.RECONNECTING,
                            () -> "no reconnecting status");
                    liveAt.set(0);
                    second.launch();
                    while (probe.problem(second.socket()).isPresent()) {
                        Thread.sleep(2);
                    }
                    long answered = System.nanoTime();
                    Await.until(Duration.ofSeconds(20), () -> liveAt.get() != 0, () -> "never live again");
                    catchUp.add((liveAt.get() - answered) / 1_000_000);
                    if (!equal(store, cli)) {
                        System.out.println("cycle " + i + ": the model does NOT equal the engine");
                    }
                }
                List<Long> sorted = catchUp.stream().sorted().toList();
                System.out.printf(Locale.ROOT, "restart: %d cycles, live with a fresh listing after the engine first "
                        + "answered: p50 %d ms, max %d ms (all: %s)%n", cycles, sorted.get(sorted.size() / 2),
                        sorted.get(sorted.size() - 1), catchUp);
            } finally {
                store.close();
            }
        }
        System.exit(0);
    }

    private static void frozen(SecondEngine second, EngineStore store) {
        for (int i = 0; i < 3; i++) {
            long frozen = System.nanoTime();
            second.freeze();
            Await.until(Duration.ofSeconds(20), () -> status(store) == Connection.Status.UNRESPONSIVE,
                    () -> "never unresponsive");
            long noticed = (System.nanoTime() - frozen) / 1_000_000;
            long thawed = System.nanoTime();
            second.thaw();
            Await.until(Duration.ofSeconds(20), () -> status(store) == Connection.Status.LIVE, () -> "never live");
            System.out.printf(Locale.ROOT, "freeze %d: reported unresponsive after %d ms; live again %d ms after "
                    + "SIGCONT%n", i, noticed, (System.nanoTime() - thawed) / 1_000_000);
        }
    }

    private static Connection.Status status(EngineStore store) {
        return store.current().connection().status();
    }

    private static boolean equal(EngineStore store, TestEngine cli) {
        return EngineTruth.containers(store.current()).equals(EngineTruth.containers(cli))
                && EngineTruth.images(store.current()).equals(EngineTruth.images(cli));
    }

    private static void awaitEqual(EngineStore store, TestEngine cli) {
        Await.until(Duration.ofSeconds(15), () -> equal(store, cli), () -> "model differs from the engine");
    }
}
