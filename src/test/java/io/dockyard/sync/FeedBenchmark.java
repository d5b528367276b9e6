package io.dockyard.sync;

import io.dockyard.engine.EndpointChoice;
import io.dockyard.engine.EngineFeed;
import io.dockyard.engine.RawEventLatency;
import io.dockyard.model.Connection;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;
import io.dockyard.testing.ModelFixtures;
import io.dockyard.testing.TestEngine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Not a test: prints figures, asserts nothing. (a) Reducer throughput on a yard of ~1,000
 * containers; (b) latency from the engine's own event time to the store's publish, under a burst
 * of ~250 container lifecycles against the real engine.
 *
 * <pre>mvn -q -Pbench test-compile exec:java -Dbench=io.dockyard.sync.FeedBenchmark</pre>
 *
 * Arguments: {@code --no-engine} runs (a) only; {@code --lifecycles N} changes the burst.
 */
public final class FeedBenchmark {
    private static final int YARD = 1_000;
    private static final Duration WARM_UP = Duration.ofSeconds(3);
    private static final Duration MEASURE = Duration.ofSeconds(3);

    private FeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        int lifecycles = options.contains("--lifecycles")
                ? Integer.parseInt(options.get(options.indexOf("--lifecycles") + 1)) : 250;
        System.out.printf(Locale.ROOT, "FeedBenchmark  java %s, %d cores, load average %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());
        reducerThroughput();
        if (!options.contains("--no-engine")) {
            engineLatency(lifecycles);
        }
    }

    // ---- (a) reducer throughput

    private static void reducerThroughput() {
        String image = ModelFixtures.imageId(1);
        List<ContainerInstance> yard = new ArrayList<>();
        for (int i = 0; i < YARD; i++) {
            yard.add(ModelFixtures.running(ModelFixtures.containerId(1_000_000 + i), "yard-" + i, image));
        }
        EngineState start = EngineReducer.reduce(EngineState.empty(Connection.connecting("bench", "")),
                new EngineEvent.Resync(ModelFixtures.T0, List.of(ModelFixtures.image(image, "base:1")), yard));
        List<EngineEvent> events = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) { // create/start/die/destroy, each with inspected details
            events.addAll(ModelFixtures.lifecycle(ModelFixtures.containerId(i), image,
                    ModelFixtures.T0.plusMillis(10L * i)));
        }
        System.out.printf(Locale.ROOT, "%n(a) reducer throughput: yard of %d containers, %d events "
                + "(create/start/die/destroy with details), warm-up %d s, then 3 rounds of %d s%n",
                YARD, events.size(), WARM_UP.toSeconds(), MEASURE.toSeconds());
        for (int batch : new int[] {1, 100}) {
            run(start, events, batch, WARM_UP);
            List<Double> rounds = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                rounds.add(run(start, events, batch, MEASURE));
            }
            rounds.sort(Double::compare);
            System.out.printf(Locale.ROOT, "    batch %3d: %,12.0f events/s  (rounds: %s)%n", batch, rounds.get(1),
                    rounds.stream().map(v -> String.format(Locale.ROOT, "%,.0f", v)).toList());
        }
    }

    /** Reduces the events in batches, over and over, for the given time; returns events per second. */
    private static double run(EngineState start, List<EngineEvent> events, int batch, Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        long begin = System.nanoTime();
        long reduced = 0;
        int sizeCheck = 0;
        while (System.nanoTime() < deadline) {
            EngineState s = start;
            for (int i = 0; i < events.size() && System.nanoTime() < deadline; i += batch) {
                s = batch == 1 ? EngineReducer.reduce(s, events.get(i))
                        : EngineReducer.reduceAll(s, events.subList(i, Math.min(i + batch, events.size())));
                reduced += Math.min(batch, events.size() - i);
            }
            sizeCheck += s.containers().size(); // keeps the work observable
        }
        if (sizeCheck < 0) {
            System.out.println(sizeCheck);
        }
        return reduced / ((System.nanoTime() - begin) / 1e9);
    }

    // ---- (b) engine event time -> store publish

    private static void engineLatency(int lifecycles) throws Exception {
        TestEngine engine;
        try {
            engine = TestEngine.require();
        } catch (RuntimeException | AssertionError noEngine) {
            System.out.println("\n(b) skipped: no engine answers (" + noEngine.getMessage() + ")");
            return;
        }
        String label = engine.label();
        String runId = engine.runId();
        Map<ContainerAction, List<Long>> byAction = new EnumMap<>(ContainerAction.class);
        List<Long> all = new ArrayList<>();
        AtomicInteger publishes = new AtomicInteger();
        AtomicInteger destroyed = new AtomicInteger();
        AtomicLong allEvents = new AtomicLong();
        Map<String, Boolean> detailed = new ConcurrentHashMap<>();

        EngineStore store = new EngineStore(EngineState.empty(Connection.connecting(engine.host(), "")), Runnable::run);
        store.subscribeEvents(events -> {
            long now = nowNanos();
            publishes.incrementAndGet();
            allEvents.addAndGet(events.size());
            synchronized (all) {
                for (EngineEvent e : events) {
                    if (e instanceof ContainerChanged c && runId.equals(c.attribute("dockyard.test"))) {
                        long latency = now - c.timeNano();
                        all.add(latency);
                        byAction.computeIfAbsent(c.action(), a -> new ArrayList<>()).add(latency);
                        if (c.details() != null) {
                            detailed.put(c.containerId() + c.action(), true);
                        }
                        if (c.action() == ContainerAction.DESTROY) {
                            destroyed.incrementAndGet();
                        }
                    }
                }
            }
        });
        EngineFeed feed = new EngineFeed(() -> EndpointChoice.of(engine.endpoint()), store::accept, Clock.systemUTC());
        RawEventLatency raw = new RawEventLatency(engine.endpoint(), "dockyard.test", runId);
        try {
            feed.start();
            waitFor(Duration.ofSeconds(20), () -> store.current().connection().status() == Connection.Status.LIVE);
            System.out.printf(Locale.ROOT, "%n(b) engine event time -> store publish (direct executor), engine %s at %s,"
                    + " %d containers and %d images listed; our label %s%n", store.current().engine().version(),
                    engine.host(), store.current().containers().size(), store.current().images().size(), label);
            long fired = System.nanoTime();
            Process burst = fire(engine, label, lifecycles);
            boolean done = waitFor(Duration.ofSeconds(300), () -> destroyed.get() >= lifecycles);
            int exit = burst.waitFor();
            double seconds = (System.nanoTime() - fired) / 1e9;
            synchronized (all) {
                System.out.printf(Locale.ROOT, "    %d lifecycles (docker run --rm, 25 in parallel) in %.1f s%s%s%n",
                        lifecycles, seconds, done ? "" : "  [NOT ALL SEEN before the deadline]",
                        exit == 0 ? "" : "  [burst script exit " + exit + "]");
                System.out.printf(Locale.ROOT, "    %d container events of ours (of %d events) in %d publishes;"
                        + " %d carried inspected details%n", all.size(), allEvents.get(), publishes.get(), detailed.size());
                print("all", all);
                byAction.forEach((action, values) -> print(action.name().toLowerCase(Locale.ROOT), values));
                System.out.println("    for comparison, the same engine's events reaching a bare docker-java subscription:");
                print("raw arrival", raw.latencies());
            }
            System.out.printf(Locale.ROOT, "    load average after: %s%n", loadAverage());
        } finally {
            raw.close();
            feed.close();
            store.close();
            engine.cleanup();
        }
    }

    /** Starts the burst: lifecycles {@code docker run --rm} in groups of 25 parallel shell jobs. */
    private static Process fire(TestEngine engine, String label, int lifecycles) throws IOException {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < lifecycles; i++) {
            script.append("docker run --rm --label ").append(label).append(" --stop-timeout 1 ")
                    .append(TestEngine.BASE_IMAGE).append(" true >/dev/null 2>&1 & ");
            if (i % 25 == 24) {
                script.append("wait; ");
            }
        }
        script.append("wait");
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DOCKER_HOST", engine.host());
        return pb.start();
    }

    private static void print(String what, List<Long> nanos) {
        if (nanos.isEmpty()) {
            return;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(Long::compare);
        System.out.printf(Locale.ROOT, "    %-14s n=%5d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", what, sorted.size(),
                ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.get(sorted.size() - 1)));
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Wall-clock nanoseconds, comparable with the engine's timeNano on the same machine. */
    private static long nowNanos() {
        Instant now = Clock.systemUTC().instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static boolean waitFor(Duration limit, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(5_000_000);
        }
        return condition.getAsBoolean();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
