package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.DockerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failures worded for people. The causes are shaped as docker-java 3.7.1 with the zerodep transport
 * throws them (a RuntimeException around the socket's own exception; engine refusals carry the
 * response body, which DockerException prefixes with "Status 400: "), and two are real failures
 * that need no engine.
 */
class EngineProblemsTest {
    private static final String SOCKET = "unix:///var/run/docker.sock";

    private static void assertSays(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), "expected \"" + part + "\" in: " + text);
        }
    }

    @Test
    void connectionRefusedSaysStartDocker() {
        String text = EngineProblems.describe(new RuntimeException(new ConnectException("Connection refused")), SOCKET);
        assertSays(text, SOCKET, "connection refused", "Is Docker running?", "Start it");
    }

    @Test
    void permissionDeniedSaysJoinTheDockerGroup() {
        String text = EngineProblems.describe(new RuntimeException(new SocketException("Permission denied")), SOCKET);
        assertSays(text, "Permission denied on " + SOCKET, "docker group", "usermod -aG docker");
        assertSays(EngineProblems.describe(new AccessDeniedException("/var/run/docker.sock"), SOCKET), "Permission denied");
    }

    @Test
    void noSuchFileSaysThereIsNoSocket() {
        String text = EngineProblems.describe(new RuntimeException(new SocketException("No such file or directory")),
                "unix:///run/user/1000/docker.sock");
        assertSays(text, "There is no socket at unix:///run/user/1000/docker.sock", "Start Docker", "DOCKER_HOST");
    }

    @Test
    void anApiVersionRefusalKeepsTheEnginesSentence() {
        DockerException refusal = new BadRequestException("{\"message\":\"client version 1.99 is too new. "
                + "Maximum supported API version is 1.41\"}\n");
        String text = EngineProblems.describe(new RuntimeException(refusal), SOCKET);
        assertSays(text, "refused Dockyard's API version",
                "client version 1.99 is too new. Maximum supported API version is 1.41", "DOCKER_API_VERSION");
        assertFalse(text.contains("{") || text.contains("Status 400"), "no JSON or HTTP noise: " + text);
    }

    @Test
    void aPlainTextRefusalLosesTheStatusPrefixToo() {
        // an engine answers "too old" in plain text, not JSON
        DockerException refusal = new BadRequestException("client version 1.10 is too old. Minimum "
                + "supported API version is 1.12, please upgrade your client to a newer version\n");
        String text = EngineProblems.describe(refusal, SOCKET);
        assertSays(text, "client version 1.10 is too old. Minimum supported API version is 1.12", "DOCKER_API_VERSION");
        assertFalse(text.contains("Status 400"), text);
    }

    @Test
    void otherRefusalsUseTheEnginesWords() {
        String text = EngineProblems.describe(new DockerException("{\"message\":\"layer does not exist\"}",
                500), SOCKET);
        assertSays(text, "The engine refused: layer does not exist");
    }

    @Test
    void aRefusalWithoutWordsSaysSoInsteadOfShowingTheStatusLine() {
        // docker-java's NotFoundException for an empty 404 body (a web server, not an engine) reads "Status 404: "
        String text = EngineProblems.describe(new com.github.dockerjava.api.exception.NotFoundException(""),
                "tcp://10.0.0.9:2375");
        assertSays(text, "HTTP 404", "without saying why");
        assertFalse(text.contains("Status 404"), text);
        assertEquals("HTTP 404 with no explanation",
                EngineProblems.engineWords(new com.github.dockerjava.api.exception.NotFoundException("")));
    }

    @Test
    void timeoutsSayTheEngineDidNotAnswerInTime() {
        assertSays(EngineProblems.describe(new RuntimeException(new SocketTimeoutException("Read timed out")),
                "tcp://10.0.0.5:2376"), "tcp://10.0.0.5:2376 did not answer in time");
        assertSays(EngineProblems.describe(new RuntimeException(new SocketTimeoutException("Connect timed out")),
                SOCKET), "did not answer in time");
    }

    @Test
    void anUnknownHostSaysCheckDockerHost() {
        String text = EngineProblems.describe(new RuntimeException(new UnknownHostException("nosuch.invalid")),
                "tcp://nosuch.invalid:2375");
        assertSays(text, "unknown", "DOCKER_HOST");
    }

    @Test
    void anythingElseKeepsItsMessage() {
        assertSays(EngineProblems.describe(new IllegalStateException("the stream was reset"), SOCKET),
                "The engine at " + SOCKET + " failed: the stream was reset");
        assertSays(EngineProblems.describe(new IOException(), SOCKET), "failed: IOException");
    }

    @Test
    @Timeout(value = 5, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aCauseLoopDoesNotHang() {
        Exception a = new IllegalStateException("a");
        Exception b = new IllegalStateException("b");
        a.initCause(b);
        b.initCause(a);
        assertSays(EngineProblems.describe(a, SOCKET), "failed: a");
    }

    @Test
    @Timeout(30)
    void aRealMissingSocketIsWordedAsNoSocket(@TempDir Path dir) throws IOException {
        String host = "unix://" + dir.resolve("docker.sock");
        try (DockerClient client = DockerClients.forRequests(new EngineEndpoint(host, false, null, "test", "test"))) {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> client.pingCmd().exec());
            assertSays(EngineProblems.describe(failure, host), "There is no socket at " + host);
        }
    }

    @Test
    void aConnectionResetIsNotCalledRefused() {
        String text = EngineProblems.describe(new RuntimeException(new java.io.IOException("Connection reset by peer")),
                SOCKET);
        assertSays(text, "closed the connection in the middle of an answer", "tries again by itself");
        assertFalse(text.contains("refused"), text);
    }

    @Test
    @Timeout(30)
    void aRealRefusedTcpPortIsWordedAsConnectionRefused() throws IOException {
        String host = "tcp://127.0.0.1:1";
        try (DockerClient client = DockerClients.forRequests(new EngineEndpoint(host, false, null, "test", "test"))) {
            RuntimeException failure = assertThrows(RuntimeException.class, () -> client.pingCmd().exec());
            assertSays(EngineProblems.describe(failure, host), "Nothing answers at " + host, "connection refused");
        }
    }
}
