package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Image;
import io.dockyard.engine.api.EngineClient;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.TestEngine;
import io.dockyard.testing.TestSshd;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An engine reached as the docker CLI reaches ssh hosts, {@code ssh … docker system dial-stdio}, through
 * a test-owned sshd on loopback whose "remote" docker is the shared engine.
 */
@Timeout(120)
class SshEngineIT {
    private static TestEngine local;
    private static TestSshd sshd;

    @BeforeAll
    static void startSshd() throws IOException {
        local = TestEngine.require();
        sshd = TestSshd.start();
    }

    @AfterAll
    static void stopSshd() throws IOException {
        if (sshd != null) {
            sshd.close();
        }
    }

    private static EngineEndpoint over(java.nio.file.Path config) {
        EndpointChoice typed = EngineCatalog.typed(sshd.address(), null);
        assertTrue(typed.isFound(), typed.problem());
        return typed.endpoint().withSshConfig(config.toString());
    }

    @Test
    void imagesListedOverSshEqualTheLocalListing() throws IOException {
        EngineEndpoint endpoint = over(sshd.goodConfig());

        try (DockerClient remote = DockerClients.forRequests(endpoint);
             DockerClient here = DockerClients.forRequests(local.endpoint())) {
            Set<String> overSsh = ids(remote.listImagesCmd().withShowAll(true).exec());
            Set<String> direct = ids(here.listImagesCmd().withShowAll(true).exec());

            assertFalse(direct.isEmpty(), "the shared engine holds at least the base image");
            assertEquals(direct, overSsh);
            // a second request goes over the same (pooled) ssh connection or a new one alike
            assertEquals(here.infoCmd().exec().getId(), remote.infoCmd().exec().getId());
        }
        assertEquals(Set.of(), sshChildren(), "closing the client ends every ssh it started");
    }

    @Test
    void theEngineClientConnectsAndStreamsOverSsh() throws IOException {
        try (EngineClient client = DockerEngineClient.open(over(sshd.goodConfig()))) {
            assertEquals(local.docker("info", "--format", "{{.ID}}"), client.about().info().id());
        }
        assertEquals(Set.of(), sshChildren());
    }

    @Test
    void theFeedGoesLiveOverSshAndSeesEventsAsTheyHappen() throws IOException {
        EngineEndpoint endpoint = over(sshd.goodConfig());
        EngineStore store = new EngineStore(EngineState.empty(Connection.connecting(endpoint.host(), "")), Runnable::run);
        try (EngineFeed feed = new EngineFeed(() -> EndpointChoice.of(endpoint), store::accept, Clock.systemUTC())) {
            feed.start();
            Await.until(Duration.ofSeconds(20), () -> store.current().connection().status() == Connection.Status.LIVE,
                    () -> "not live over ssh: " + store.current().connection());

            String id = local.docker("create", "--label", local.label(), TestEngine.BASE_IMAGE);

            Await.until(Duration.ofSeconds(10), () -> store.current().container(id).isPresent(),
                    () -> "the container made on the engine did not arrive over the ssh event stream");
            assertEquals(Connection.Status.LIVE, store.current().connection().status());
        } finally {
            local.cleanup();
        }
        Await.until(Duration.ofSeconds(10), () -> sshChildren().isEmpty(), () -> "ssh left running: " + sshChildren());
    }

    @Test
    void anUnknownHostKeyIsSaidWithinSeconds() throws IOException {
        Instant start = Instant.now();

        String words = failureOf(over(sshd.unknownHostConfig()));

        assertTrue(Duration.between(start, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0,
                "took " + Duration.between(start, Instant.now()));
        assertEquals("The host key of 127.0.0.1 (port " + sshd.port() + ") is not known, so Dockyard did not"
                + " connect. Connect once with `ssh -p " + sshd.port() + " root@127.0.0.1` in a terminal to check"
                + " the key and accept it; then Dockyard connects by itself.", words);
    }

    @Test
    void aRefusedKeyIsSaidWithUserAndHost() throws IOException {
        String words = failureOf(over(sshd.strangerKeyConfig()));

        assertTrue(words.startsWith("The ssh server 127.0.0.1 (port " + sshd.port() + ") refused the key of user"
                + " root (root@127.0.0.1: Permission denied (publickey"), words);
    }

    @Test
    void aPortWithoutSshdIsConnectionRefused() throws IOException {
        int closed;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = free.getLocalPort();
        }
        EngineEndpoint endpoint = EngineCatalog.typed("ssh://root@127.0.0.1:" + closed, null).endpoint()
                .withSshConfig(sshd.goodConfig().toString());

        assertEquals("Nothing answers ssh at 127.0.0.1 (port " + closed + ") (connection refused). Is sshd running"
                + " there, and is the port right?", failureOf(endpoint));
    }

    @Test
    void aHostThatNeverSpeaksSshTimesOutInWords() throws Exception {
        java.util.concurrent.CountDownLatch over = new java.util.concurrent.CountDownLatch(1);
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread holder = new Thread(() -> {
                try (java.net.Socket held = silent.accept()) {
                    over.await(); // holds the connection open, saying nothing, until the test is over
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            holder.setDaemon(true);
            holder.start();
            EngineEndpoint endpoint = EngineCatalog.typed("ssh://root@127.0.0.1:" + silent.getLocalPort(), null)
                    .endpoint().withSshConfig(sshd.goodConfig().toString());
            Instant start = Instant.now();

            String words = failureOf(endpoint);

            Duration took = Duration.between(start, Instant.now());
            assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "one ssh timeout, not two: took " + took);
            assertEquals("127.0.0.1 did not answer ssh within 10 seconds (timed out). Is it up, and reachable from"
                    + " this machine?", words);
        } finally {
            over.countDown();
        }
    }

    private static String failureOf(EngineEndpoint endpoint) {
        try (EngineClient client = DockerEngineClient.open(endpoint)) {
            RuntimeException failure = assertThrows(RuntimeException.class, client::about);
            return EngineProblems.describe(failure, endpoint.host());
        }
    }

    private static Set<String> ids(List<Image> images) {
        return images.stream().map(Image::getId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ssh processes this JVM still has running. */
    private static Set<String> sshChildren() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse("?"))
                .filter(c -> c.startsWith("ssh ") || c.contains("/ssh "))
                .collect(Collectors.toSet());
    }
}
