package io.dockyard.testing;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real two-node Swarm on this machine, owned by the test: two {@link SecondEngine}s joined as
 * manager and worker on loopback ports, and a registry on loopback (Debian's {@code docker-registry})
 * that holds the fixture image in two tags, built FROM scratch with busybox on the manager and
 * pushed there, so that each node pulls it as a real cluster does. {@link #close()} takes it all
 * down in the order the toolchain notes give, and never throws: leave the swarm on both, stop both
 * engines, unmount and remove their folders and bridges, remove {@code docker_gwbridge} (unless it
 * was there before), stop the registry and remove its storage.
 */
public final class TwoNodeSwarm implements AutoCloseable {
    private static final String REPOSITORY = "dockyard-swarm/web";

    private final List<SecondEngine> engines = new ArrayList<>();
    private final Path dir;
    private final boolean gwbridgeWasThere;
    private Process registry;
    private int registryPort;
    private String managerId = "";
    private String workerId = "";

    private TwoNodeSwarm(Path dir, boolean gwbridgeWasThere) {
        this.dir = dir;
        this.gwbridgeWasThere = gwbridgeWasThere;
    }

    /** Starts everything, or cleans up what it started and fails (or skips, as {@link TestEnv} says). */
    public static TwoNodeSwarm start() throws IOException {
        TestEngine.require(); // skips or fails loudly when this machine has no engine at all
        if (!Files.isExecutable(Path.of("/usr/bin/docker-registry"))) {
            throw TestEnv.missing("no /usr/bin/docker-registry (apt-get install docker-registry) for the swarm's registry");
        }
        TwoNodeSwarm swarm = new TwoNodeSwarm(Files.createTempDirectory(Path.of("/tmp"), "dysw"),
                sh("ip link show docker_gwbridge >/dev/null 2>&1").exitCode() == 0);
        try {
            swarm.startRegistry();
            swarm.startEngines();
            swarm.join();
            swarm.pushImages();
            return swarm;
        } catch (IOException | RuntimeException | Error failure) {
            swarm.close();
            throw failure;
        }
    }

    /** The manager's CLI: every {@code docker service} and {@code docker node} command goes here. */
    public TestEngine manager() {
        return engines.get(0).cli();
    }

    /** The worker's CLI. */
    public TestEngine worker() {
        return engines.get(1).cli();
    }

    public String managerHost() {
        return engines.get(0).host();
    }

    public String workerHost() {
        return engines.get(1).host();
    }

    /** The manager's node id, as {@code docker node ls} shows it. */
    public String managerId() {
        return managerId;
    }

    public String workerId() {
        return workerId;
    }

    /** The fixture image in the registry: tag {@code 1} or {@code 2}, which differ only in a label. */
    public String image(int tag) {
        return "127.0.0.1:" + registryPort + "/" + REPOSITORY + ":" + tag;
    }

    private void startRegistry() throws IOException {
        registryPort = freePort();
        Path config = dir.resolve("registry.yml");
        Files.writeString(config, String.join("\n", "version: 0.1", "log:", "  level: warn", "storage:",
                "  filesystem:", "    rootdirectory: " + dir.resolve("registry"), "http:",
                "  addr: 127.0.0.1:" + registryPort, ""));
        registry = new ProcessBuilder("/usr/bin/docker-registry", "serve", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("registry.log").toFile()).start();
        Await.until(Duration.ofSeconds(20), this::registryAnswers, () -> "the registry did not answer on 127.0.0.1:"
                + registryPort + ": " + read(dir.resolve("registry.log")));
    }

    private boolean registryAnswers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + registryPort + "/v2/").toURL()
                    .openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(500);
            return c.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void startEngines() throws IOException {
        int subnet = 150 + (int) (System.nanoTime() % 40);
        for (int i = 0; i < 2; i++) {
            SecondEngine engine = SecondEngine.create(subnet + i);
            engines.add(engine);
            engine.start();
        }
    }

    /** {@code swarm init} on the first, {@code swarm join} on the second, on free loopback ports. */
    private void join() throws IOException {
        int managerPort = freePort();
        int workerPort = freePort();
        manager().docker("swarm", "init", "--advertise-addr", "127.0.0.1:" + managerPort,
                "--listen-addr", "127.0.0.1:" + managerPort);
        String token = manager().docker("swarm", "join-token", "-q", "worker");
        worker().docker("swarm", "join", "--token", token, "--listen-addr", "127.0.0.1:" + workerPort,
                "--advertise-addr", "127.0.0.1:" + workerPort, "127.0.0.1:" + managerPort);
        managerId = manager().docker("info", "--format", "{{.Swarm.NodeID}}");
        workerId = worker().docker("info", "--format", "{{.Swarm.NodeID}}");
        Await.until(Duration.ofSeconds(30), () -> manager().docker("node", "ls", "--filter", "id=" + workerId,
                "--format", "{{.Status}}").equals("Ready"), () -> "the worker never became ready: "
                + manager().tryDocker("node", "ls").output());
    }

    /** Builds both tags on the manager and pushes them; the local copies stay, as after any push. */
    private void pushImages() {
        TestEngine m = manager();
        m.buildBase();
        for (int tag = 1; tag <= 2; tag++) {
            m.build(image(tag), "LABEL dockyard.swarm.tag=" + tag, "CMD [\"sleep\", \"3600\"]");
            m.docker("push", image(tag));
        }
    }

    @Override
    public void close() {
        for (int i = engines.size() - 1; i >= 0; i--) {
            engines.get(i).cli().tryDocker("swarm", "leave", "--force");
        }
        for (SecondEngine engine : engines) {
            try {
                engine.close();
            } catch (RuntimeException | Error notDown) {
                System.err.println("TwoNodeSwarm: a test engine did not close cleanly: " + notDown.getMessage());
            }
        }
        if (!gwbridgeWasThere) {
            sh("ip link del docker_gwbridge 2>/dev/null");
        }
        if (registry != null) {
            registry.destroy();
            try {
                if (!registry.waitFor(10, TimeUnit.SECONDS)) {
                    registry.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sh("rm -rf " + dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static TestEngine.Result sh(String script) {
        try {
            Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) ? new TestEngine.Result(p.exitValue(), out)
                    : new TestEngine.Result(-1, "timed out: " + script);
        } catch (IOException e) {
            return new TestEngine.Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TestEngine.Result(-1, "interrupted");
        }
    }
}
