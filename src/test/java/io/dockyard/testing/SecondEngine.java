package io.dockyard.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A dockerd of the test's own, on its own socket, data root and bridge, that the test may stop
 * and start at will. It follows the flags in the team's toolchain notes, which leave the shared
 * engine's {@code docker0} alone: never {@code --bridge none}, never iptables.
 */
public final class SecondEngine implements AutoCloseable {
    private final Path dir;
    private final String bridge;
    private final String namespace;
    /** Extra listening flags, such as a TLS port; empty unless a test asked for them. */
    private String extraListen = "";

    private SecondEngine(Path dir, String bridge, String namespace) {
        this.dir = dir;
        this.bridge = bridge;
        this.namespace = namespace;
    }

    /** Prepares (but does not start) a second engine; skips or fails as {@link TestEngine} does. */
    public static SecondEngine create() throws IOException {
        return create(200 + (int) (System.nanoTime() % 50));
    }

    /**
     * The same, on the bridge subnet {@code 10.213.<subnet>.0/24}: for a test that runs more than one
     * second engine at once and needs their bridges apart.
     */
    public static SecondEngine create(int subnet) throws IOException {
        if (!Files.isExecutable(Path.of("/usr/sbin/dockerd")) && !Files.isExecutable(Path.of("/usr/bin/dockerd"))) {
            throw TestEnv.missing("no dockerd binary (/usr/sbin/dockerd or /usr/bin/dockerd) to start a second engine");
        }
        String id = Long.toString(System.nanoTime() % 100000, 36);
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "dy");
        String bridge = "dybr" + id;
        SecondEngine engine = new SecondEngine(dir, bridge, "dy" + id);
        engine.sh("ip link add " + bridge + " type bridge && ip addr add 10.213." + subnet + ".1/24 dev " + bridge
                + " && ip link set " + bridge + " up");
        Files.writeString(dir.resolve("daemon.json"), "{}");
        return engine;
    }

    public String host() {
        return "unix://" + dir.resolve("docker.sock");
    }

    /**
     * Makes the daemon also listen on {@code tcp://127.0.0.1:<free port>} with TLS, verifying clients
     * against {@code caCert}; call before {@link #start()}. Returns that address.
     */
    public String listenWithTls(Path caCert, Path serverCert, Path serverKey) throws IOException {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String address = "tcp://127.0.0.1:" + port;
        extraListen = " -H " + address + " --tlsverify --tlscacert " + caCert + " --tlscert " + serverCert
                + " --tlskey " + serverKey;
        return address;
    }

    public TestEngine cli() {
        return TestEngine.at(host());
    }

    /** Starts the daemon and waits until it answers. */
    public void start() {
        launch();
        Await.until(Duration.ofSeconds(30), () -> cli().tryDocker("version").exitCode() == 0,
                () -> "second dockerd did not answer: " + log());
    }

    /** Starts the daemon and returns at once, for a test that watches it come up. */
    public void launch() {
        sh("setsid dockerd --config-file " + dir.resolve("daemon.json") + " -H " + host() + extraListen
                + " --data-root " + dir.resolve("data") + " --exec-root " + dir.resolve("exec")
                + " --pidfile " + dir.resolve("docker.pid")
                + " --containerd-namespace " + namespace + " --containerd-plugins-namespace " + namespace + "-plugins"
                + " --bridge " + bridge + " --iptables=false --ip-masq=false --ip-forward=false"
                + " </dev/null >" + dir.resolve("dockerd.log") + " 2>&1 &");
    }

    /** The socket file, for a test that pings it directly. */
    public Path socket() {
        return dir.resolve("docker.sock");
    }

    /** Freezes the daemon (SIGSTOP): its sockets stay open, and nothing answers on them. */
    public void freeze() {
        signal("STOP");
    }

    /** Lets a frozen daemon go on (SIGCONT). */
    public void thaw() {
        signal("CONT");
    }

    private void signal(String name) {
        String pid = pid();
        if (pid.isEmpty()) {
            throw new AssertionError("the second dockerd is not running");
        }
        sh("kill -" + name + " " + pid);
    }

    /** Stops the daemon (SIGTERM) and waits until it has gone. */
    public void stop() {
        String pid = pid();
        if (pid.isEmpty()) {
            return;
        }
        sh("kill -CONT " + pid + " 2>/dev/null; kill " + pid);
        Await.until(Duration.ofSeconds(30), () -> !Files.exists(Path.of("/proc", pid)), () -> "dockerd " + pid + " did not stop");
    }

    private String pid() {
        try {
            Path file = dir.resolve("docker.pid");
            return Files.exists(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("dockerd.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        stop();
        sh("grep ' " + dir + "' /proc/mounts | cut -d' ' -f2 | sort -r | xargs -r -n1 umount -l; rm -rf " + dir
                + "; ip link del " + bridge + " 2>/dev/null; true");
    }

    private void sh(String script) {
        try {
            Process p = new ProcessBuilder(List.of("sh", "-c", script)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("`" + script + "` failed: " + out);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
