package io.dockyard.bench;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import io.dockyard.engine.DockerClients;
import io.dockyard.engine.EngineEndpoint;
import io.dockyard.testing.TestEngine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on a Docker engine for {@code src/test/bench/figures.sh}, made from the tests' FROM-scratch
 * busybox image ({@link TestEngine#BASE_IMAGE}) and labelled {@code dockyard.bench=<run id>}.
 * Everything it made is removed when it ends, also on Ctrl-C or {@code kill -TERM}.
 * <pre>
 *   EventLoad events [containers=20] [rate=200] [seconds=30] [run=ID]
 *       starts that many sleeping containers, then pauses and unpauses them (one engine event per
 *       call) at the rate, spread over threads, for that long; prints the rate it achieved
 *   EventLoad fill [containers=1000] [images=50] [run=ID]
 *       builds that many images (each its own id) and creates the containers among them, not
 *       running; prints "ready" and holds them until it is stopped
 * </pre>
 * {@code run} is the label's value (a random one by default), so a caller can follow or remove by it.
 * Run on the test class path against DOCKER_HOST (default the local socket), e.g.
 * {@code java -cp target/test-classes:target/jpackage/image/Dockyard/lib/app/* io.dockyard.bench.EventLoad events}.
 */
public final class EventLoad {
    private static final String LABEL = "dockyard.bench";
    private static final int WORKERS = 8;

    private final DockerClient docker;
    private final TestEngine cli;
    private final String runId;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicBoolean cleaned = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    /** Every pool that talks to the engine; the clean-up waits for them, so nothing is made after it lists. */
    private final List<ExecutorService> pools = new CopyOnWriteArrayList<>();

    private EventLoad(String host, String runId) {
        if (!runId.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("run=" + runId + ": use 1 to 32 lower-case letters, digits or dashes");
        }
        this.runId = runId;
        this.cli = TestEngine.at(host);
        this.docker = DockerClients.forRequests(new EngineEndpoint(host, false, null, "bench", "DOCKER_HOST"));
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !List.of("events", "fill").contains(args[0])) {
            System.err.println("usage: EventLoad events [containers=20] [rate=200] [seconds=30] [run=ID]"
                    + " | fill [containers=1000] [images=50] [run=ID]");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        EventLoad load = new EventLoad(System.getenv().getOrDefault("DOCKER_HOST", "unix:///var/run/docker.sock"),
                options.getOrDefault("run", UUID.randomUUID().toString().substring(0, 8)));
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> load.stopAndClean(main), "eventload-cleanup"));
        try {
            if (args[0].equals("events")) {
                load.events(number(options, "containers", 20), number(options, "rate", 200),
                        number(options, "seconds", 30));
            } else {
                load.fill(number(options, "containers", 1000), number(options, "images", 50));
                load.holdUntilStopped();
            }
        } catch (InterruptedException stopped) {
            return; // Ctrl-C or kill: the clean-up hook is running
        } finally {
            load.finished.countDown();
        }
        System.exit(0); // runs the clean-up hook, the one place that removes what was made
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            if (kv.length != 2 || !List.of("containers", "rate", "seconds", "images", "run").contains(kv[0])) {
                throw new IllegalArgumentException("not an option: " + args[i]
                        + " (containers=N, rate=N, seconds=N, images=N or run=ID)");
            }
            options.put(kv[0], kv[1]);
        }
        return options;
    }

    private static int number(Map<String, String> options, String key, int otherwise) {
        String value = options.get(key);
        try {
            return value == null ? otherwise : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "=" + value + " is not a whole number", e);
        }
    }

    /** Starts the containers, then toggles pause on them at {@code rate} calls a second. */
    private void events(int containers, int rate, int seconds) throws InterruptedException {
        cli.buildBase();
        List<String> ids = create(containers, List.of(TestEngine.BASE_IMAGE), true);
        say("started " + ids.size() + " containers; " + rate + " events/s for " + seconds + " s");
        int workers = Math.min(WORKERS, ids.size());
        AtomicLong done = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = pool(workers);
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        for (int w = 0; w < workers; w++) {
            List<String> mine = new ArrayList<>();
            for (int i = w; i < ids.size(); i += workers) {
                mine.add(ids.get(i));
            }
            int first = w;
            pool.execute(() -> toggle(mine, first, workers, rate, start, end, done, failed));
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double took = (System.nanoTime() - start) / 1e9;
        say(String.format("achieved %d events in %.1f s = %.1f events/s (asked %d/s); %d calls failed",
                done.get(), took, done.get() / took, rate, failed.get()));
    }

    /**
     * One worker's share: event numbers first, first+workers, … are due at start + n/rate; each
     * pauses or unpauses the next of this worker's containers (no other worker touches them).
     */
    private void toggle(List<String> mine, int first, int workers, int rate, long start, long end,
                        AtomicLong done, AtomicInteger failed) {
        boolean[] paused = new boolean[mine.size()];
        for (long n = first, turn = 0; !stopping.get(); n += workers, turn++) {
            long due = start + n * 1_000_000_000L / rate;
            if (due >= end) {
                break;
            }
            sleepUntil(due);
            int c = (int) (turn % mine.size());
            try {
                if (paused[c]) {
                    docker.unpauseContainerCmd(mine.get(c)).exec();
                } else {
                    docker.pauseContainerCmd(mine.get(c)).exec();
                }
                paused[c] = !paused[c];
                done.incrementAndGet();
            } catch (RuntimeException refused) {
                if (failed.incrementAndGet() <= 3) {
                    say("a pause/unpause failed: " + refused.getMessage());
                }
            }
        }
    }

    /** Builds the images, then creates the containers among them, not running. */
    private void fill(int containers, int images) throws InterruptedException {
        cli.buildBase();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < images && !stopping.get(); i++) {
            String tag = "dockyard-bench/" + runId + "-" + i + ":1";
            build(tag, i);
            tags.add(tag);
        }
        List<String> ids = create(containers, tags, false);
        say("ready: " + ids.size() + " containers of " + tags.size() + " images, labelled " + LABEL + "=" + runId);
    }

    /** An image FROM the base whose label of its own gives it its own id; no layer is added. */
    private void build(String tag, int number) {
        try {
            Path dir = Files.createTempDirectory("dockyard-bench");
            Files.writeString(dir.resolve("Dockerfile"), "FROM " + TestEngine.BASE_IMAGE + "\n"
                    + "LABEL " + LABEL + "=" + runId + " " + LABEL + ".image=" + number + "\n");
            TestEngine.Result built = cli.tryDocker("build", "-q", "-t", tag, dir.toString());
            Files.delete(dir.resolve("Dockerfile"));
            Files.delete(dir);
            if (built.exitCode() != 0 && !stopping.get()) {
                throw new IllegalStateException("docker build of " + tag + " failed: " + built.output());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write a Dockerfile: " + e.getMessage(), e);
        }
    }

    /** Creates (and starts, when asked) {@code count} containers, spread over the images, on a few threads. */
    private List<String> create(int count, List<String> images, boolean start) throws InterruptedException {
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = pool(4);
        for (int i = 0; i < count; i++) {
            String image = images.get(i % images.size());
            String name = "bench-" + runId + "-" + i;
            pool.execute(() -> {
                if (stopping.get()) {
                    return;
                }
                String id = docker.createContainerCmd(image).withName(name).withLabels(Map.of(LABEL, runId))
                        .withCmd("sleep", "2147483647").withStopTimeout(1)
                        .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none")).exec().getId();
                ids.add(id);
                if (start) {
                    docker.startContainerCmd(id).exec();
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("creating the containers took longer than 30 minutes");
        }
        if (ids.size() < count && !stopping.get()) {
            throw new IllegalStateException("only " + ids.size() + " of " + count + " containers were made");
        }
        return List.copyOf(ids);
    }

    private ExecutorService pool(int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        pools.add(pool);
        return pool;
    }

    private void holdUntilStopped() throws InterruptedException {
        while (!stopping.get()) {
            Thread.sleep(1000);
        }
    }

    /** The shutdown hook: stops the work, waits a moment for it, removes everything labelled with this run. */
    private void stopAndClean(Thread main) {
        stopping.set(true);
        main.interrupt();
        try {
            finished.await(5, TimeUnit.SECONDS);
            for (ExecutorService pool : pools) {
                pool.shutdown();
                pool.awaitTermination(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
        if (cleaned.compareAndSet(false, true)) {
            removeAll();
        }
    }

    private void removeAll() {
        List<Container> mine = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(LABEL, runId)).exec();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (Container c : mine) {
            pool.execute(() -> {
                try {
                    if ("paused".equals(c.getState())) {
                        docker.unpauseContainerCmd(c.getId()).exec();
                    }
                } catch (RuntimeException alreadyRunning) {
                    // listed paused, unpaused since: the removal below is what matters
                }
                docker.removeContainerCmd(c.getId()).withForce(true).withRemoveVolumes(true).exec();
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String images = cli.tryDocker("images", "-q", "--filter", "label=" + LABEL + "=" + runId).output().trim();
        if (!images.isEmpty()) {
            List<String> rmi = new ArrayList<>(List.of("rmi", "-f"));
            rmi.addAll(List.of(images.split("\\s+")).stream().distinct().toList());
            cli.tryDocker(rmi.toArray(String[]::new));
        }
        say("removed " + mine.size() + " containers" + (images.isEmpty() ? "" : " and their images"));
    }

    private static void sleepUntil(long due) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void say(String what) {
        System.out.println("eventload: " + what);
    }
}
