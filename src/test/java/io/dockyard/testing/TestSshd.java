package io.dockyard.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An sshd of the test's own on a free loopback port, with a test-made host key and one authorized
 * client key, for root (whose {@code docker} is the shared engine). Clients reach it with the
 * {@code ssh -F} files {@link #clientConfig} writes. {@link #close()} stops only this sshd, by its pidfile.
 */
public final class TestSshd implements AutoCloseable {
    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private final Path dir;
    private final int port;

    private TestSshd(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Makes the keys and starts sshd; skips or fails as {@link TestEnv#missing} says when sshd is absent. */
    public static TestSshd start() throws IOException {
        if (!Files.isExecutable(SSHD) || !Files.isExecutable(Path.of("/usr/bin/ssh-keygen"))) {
            throw TestEnv.missing("no /usr/sbin/sshd or ssh-keygen (apt-get install openssh-server)");
        }
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "dyssh");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        TestSshd sshd = new TestSshd(dir, port);
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host_key").toString());
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("client_key").toString());
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("stranger_key").toString());
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        Files.writeString(dir.resolve("known_hosts"), "[127.0.0.1]:" + port + " "
                + Files.readString(dir.resolve("host_key.pub")).trim() + "\n");
        Files.writeString(dir.resolve("empty_known_hosts"), "");
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "ListenAddress 127.0.0.1", "Port " + port, "HostKey " + dir.resolve("host_key"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"), "PidFile " + dir.resolve("sshd.pid"),
                "StrictModes no", "UsePAM no", "PermitRootLogin prohibit-password", "PasswordAuthentication no",
                "KbdInteractiveAuthentication no", "LogLevel VERBOSE", "") );
        Files.createDirectories(Path.of("/run/sshd")); // Debian's sshd refuses to start without it
        run(SSHD.toString(), "-f", dir.resolve("sshd_config").toString(), "-E", dir.resolve("sshd.log").toString());
        Await.until(Duration.ofSeconds(10), sshd::answers, () -> "the test sshd did not listen: " + sshd.log());
        return sshd;
    }

    public int port() {
        return port;
    }

    /** {@code ssh://root@127.0.0.1:PORT}. */
    public String address() {
        return "ssh://root@127.0.0.1:" + port;
    }

    /** An {@code ssh -F} file with the authorized key and the right known host: a connection that works. */
    public Path goodConfig() throws IOException {
        return clientConfig("good", "client_key", "known_hosts");
    }

    /** Knows no host key, so ssh refuses the host. */
    public Path unknownHostConfig() throws IOException {
        return clientConfig("unknown-host", "client_key", "empty_known_hosts");
    }

    /** Offers a key the server does not know, so the server refuses it. */
    public Path strangerKeyConfig() throws IOException {
        return clientConfig("stranger", "stranger_key", "known_hosts");
    }

    private Path clientConfig(String name, String key, String knownHosts) throws IOException {
        Path file = dir.resolve("ssh_config_" + name);
        Files.writeString(file, String.join("\n", "Host *", "  IdentityFile " + dir.resolve(key),
                "  IdentitiesOnly yes", "  IdentityAgent none", "  UserKnownHostsFile " + dir.resolve(knownHosts),
                "  GlobalKnownHostsFile /dev/null", "  StrictHostKeyChecking yes", "  LogLevel ERROR", ""));
        return file;
    }

    private boolean answers() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String log() {
        try {
            return Files.readString(dir.resolve("sshd.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Stops this sshd (by the pid in its own pidfile) and removes its folder. */
    @Override
    public void close() throws IOException {
        Path pidFile = dir.resolve("sshd.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
            });
        }
        run("rm", "-rf", dir.toString());
    }

    private static void run(String... command) throws IOException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
