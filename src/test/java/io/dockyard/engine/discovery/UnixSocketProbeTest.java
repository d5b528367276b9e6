package io.dockyard.engine.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import io.dockyard.testing.TestEnv;

/** The real probe against real files and real unix sockets (made here in Java, and Docker's own). */
@Timeout(10)
class UnixSocketProbeTest {
    private static final String DOCKER_PING_REPLY = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n\r\nOK";

    @TempDir
    Path dir;
    final UnixSocketProbe probe = new UnixSocketProbe();
    final ExecutorService server = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopServer() throws InterruptedException {
        server.shutdownNow();
        assertTrue(server.awaitTermination(5, TimeUnit.SECONDS), "the test server thread did not stop");
    }

    @Test
    void aMissingPathIsNoSuchFile() {
        assertEquals(Optional.of("no such file"), probe.problem(dir.resolve("absent.sock")));
    }

    @Test
    void aRegularFileIsNotASocket() throws IOException {
        Path file = Files.writeString(dir.resolve("docker.sock"), "I am a file");
        assertEquals(Optional.of("is a regular file, not a socket"), probe.problem(file));
    }

    @Test
    void aFolderIsNotASocket() {
        assertEquals(Optional.of("is a folder, not a socket"), probe.problem(dir));
    }

    @Test
    void aDeviceIsNotASocket() {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null on this system");
        assertEquals(Optional.of("is a device or a pipe, not a socket"), probe.problem(devNull));
    }

    @Test
    void aLinkToNothingSaysSo() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("docker.sock"), dir.resolve("gone.sock"));
        assertEquals(Optional.of("no such file (it is a link to a file that does not exist)"), probe.problem(link));
    }

    @Test
    void aSocketNobodyListensOnIsRefused() throws IOException {
        Path stale = DiscoveryFixture.socketFile(dir.resolve("stale.sock"));

        String problem = probe.problem(stale).orElseThrow();

        assertTrue(problem.startsWith("connection refused"), problem);
    }

    @Test
    @Timeout(60)
    void aSocketTheUserMayNotOpenIsPermissionDenied() throws Exception {
        // root may open any socket, so as root the probe runs as nobody, on a socket only root may open
        boolean root = "root".equals(System.getProperty("user.name"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x")); // others may look in
        Path socket = DiscoveryFixture.socketFile(dir.resolve("private.sock"));
        Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString(root ? "rw-------" : "---------"));

        String problem = root ? probeAsNobody(socket) : probe.problem(socket).orElseThrow();

        assertTrue(problem.startsWith("permission denied"), problem);
        assertTrue(problem.contains("usermod -aG docker"), "says what to do: " + problem);
    }

    /** Runs the probe in a JVM of user nobody (via setpriv) and returns what it found. */
    private String probeAsNobody(Path socket) throws Exception {
        Path classes = copyProbeClasses(dir.resolve("classes"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-cp", classes.toString(),
                ProbeMain.class.getName(), socket.toString()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> !k.equals("PATH"));
        Process p;
        try {
            p = pb.start();
        } catch (IOException noSetpriv) {
            throw new AssertionError("running as root, the test needs setpriv (util-linux) to probe as nobody: "
                    + noSetpriv.getMessage(), noSetpriv);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the probe as nobody did not finish: " + out);
        assertEquals(0, p.exitValue(), "the probe as nobody failed: " + out);
        assertTrue(out.contains("user nobody\n"), "the probe did not run as nobody: " + out);
        return out.substring(out.indexOf("problem ") + "problem ".length()).strip();
    }

    /**
     * Copies this package's compiled classes (the probe's and {@link ProbeMain}) where nobody may
     * read them: the build folder may sit in a home that only root may enter.
     */
    private static Path copyProbeClasses(Path target) throws Exception {
        String pkg = UnixSocketProbe.class.getPackageName().replace('.', '/');
        for (Class<?> from : List.of(UnixSocketProbe.class, ProbeMain.class)) {
            Path root = Path.of(from.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path to = Files.createDirectories(target.resolve(pkg));
            try (Stream<Path> files = Files.list(root.resolve(pkg))) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    Files.copy(f, to.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        try (Stream<Path> all = Files.walk(target)) {
            for (Path p : all.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p)
                        ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return target;
    }

    @Test
    void anHttpServerThatIsNotDockerIsNotTakenForOne() throws Exception {
        Path socket = dir.resolve("web.sock");
        CompletableFuture<String> request = serveOnce(socket, "HTTP/1.0 404 Not Found\r\n\r\n404 page not found\n");

        String problem = probe.problem(socket).orElseThrow();

        assertEquals("answered, but it is not a Docker engine: GET /_ping got 'HTTP/1.0 404 Not Found' with body"
                + " '404 page not found'", problem);
        assertEquals("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n", request.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aServerThatDoesNotSpeakHttpIsNotTakenForDocker() throws Exception {
        Path socket = dir.resolve("ssh.sock");
        serveOnce(socket, "SSH-2.0-OpenSSH_9.2\r\n");

        assertEquals(Optional.of("answered, but not over HTTP, so it is not a Docker engine (it said"
                + " 'SSH-2.0-OpenSSH_9.2')"), probe.problem(socket));
    }

    @Test
    void aServerThatAnswersLikeDockerIsAccepted() throws Exception {
        Path socket = dir.resolve("fake-docker.sock");
        serveOnce(socket, DOCKER_PING_REPLY);

        assertEquals(Optional.empty(), probe.problem(socket));
    }

    @Test
    void aSilentServerTimesOutQuickly() throws Exception {
        Path socket = dir.resolve("silent.sock");
        serveOnce(socket, null);

        long start = System.nanoTime();
        Optional<String> problem = probe.problem(socket);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(Optional.of("connected, but no answer within 300 ms"), problem);
        assertTrue(millis >= 250 && millis < 1500, "took " + millis + " ms");
    }

    @Test
    void judgeWantsStatus200AndTheBodyOk() {
        assertEquals(Optional.empty(), UnixSocketProbe.judge("HTTP/1.0 200 OK\r\n\r\nOK"));
        assertEquals(Optional.empty(), UnixSocketProbe.judge(DOCKER_PING_REPLY));
        assertTrue(UnixSocketProbe.judge("HTTP/1.0 200 OK\r\n\r\nNOT OK").isPresent());
        assertTrue(UnixSocketProbe.judge("HTTP/1.0 500 Internal Server Error\r\n\r\nOK").isPresent());
        assertTrue(UnixSocketProbe.judge("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n").isPresent());
    }

    @Test
    void theRealDockerSocketAnswers() {
        Path socket = Path.of("/var/run/docker.sock");
        if (!Files.exists(socket)) {
            throw TestEnv.missing("no Docker engine at " + socket + ", so the real-engine probe test did not run");
        }

        assertEquals(Optional.empty(), probe.problem(socket));
    }

    /**
     * Listens on {@code socket}, takes one connection, reads the request and answers {@code reply}
     * (or stays silent when it is null). Completes with the request it received.
     */
    private CompletableFuture<String> serveOnce(Path socket, String reply) throws IOException {
        ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listener.bind(UnixDomainSocketAddress.of(socket));
        CompletableFuture<String> request = new CompletableFuture<>();
        server.submit(() -> {
            try (listener; SocketChannel client = listener.accept()) {
                request.complete(readRequest(client));
                if (reply == null) {
                    // silent: hold the connection open, answering nothing, until the test ends (interrupt)
                    new java.util.concurrent.CountDownLatch(1).await(5, java.util.concurrent.TimeUnit.SECONDS);
                    return null;
                }
                client.write(ByteBuffer.wrap(reply.getBytes(StandardCharsets.ISO_8859_1)));
            } catch (Exception e) {
                request.completeExceptionally(e);
            }
            return null;
        });
        return request;
    }

    private static String readRequest(SocketChannel client) throws IOException {
        StringBuilder sb = new StringBuilder();
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        while (!sb.toString().endsWith("\r\n\r\n") && client.read(buffer) > 0) {
            sb.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1));
            buffer.clear();
        }
        return sb.toString();
    }
}
