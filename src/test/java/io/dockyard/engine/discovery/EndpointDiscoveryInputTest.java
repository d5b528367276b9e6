package io.dockyard.engine.discovery;

import static io.dockyard.engine.discovery.DiscoveryFixture.DEFAULT_SOCKET;
import static io.dockyard.engine.discovery.DiscoveryFixture.labels;
import static io.dockyard.engine.discovery.DiscoveryFixture.write;
import static io.dockyard.engine.discovery.DiscoveryFixture.writeCerts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Settings people get wrong: each one is a clear problem (or a warning), never an exception or a silent fallback. */
class EndpointDiscoveryInputTest {
    @TempDir
    Path home;
    DiscoveryFixture fx;

    @BeforeEach
    void setUp() {
        fx = new DiscoveryFixture(home);
        fx.probe.answering.add(DEFAULT_SOCKET); // a working fallback that explicit choices must not use
    }

    private void assertNoFallback(Discovery d) {
        assertFalse(d.isFound(), d.explain());
        assertNull(d.endpoint());
        assertFalse(fx.probe.asked.contains(DEFAULT_SOCKET), "fell back to the default socket: " + fx.probe.asked);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "garbage              | it has no scheme such as unix:// or tcp://",
        "http://h:2375        | Docker addresses network engines with tcp://, not http://",
        "ftp://h:21           | 'ftp://' is not a scheme Dockyard can use",
        "ssh://me@            | it names no host; write ssh://user@host",
        "tcp://h              | it has no port; write tcp://h:2376 (TLS) or tcp://h:2375 (plain)",
        "tcp://h:             | it has no port",
        "tcp://h:abc          | 'abc' is not a port number",
        "tcp://h:70000        | '70000' is not a port number (1 to 65535)",
        "tcp://h:0            | '0' is not a port number",
        "tcp://:2375          | it names no host",
        "tcp://h:2375/api     | without a path",
        "tcp://::1:2375       | write an IPv6 address in brackets",
        "tcp://[::1:2375      | missing its closing ']'",
        "tcp://bad host:2375  | 'bad host' is not a host name",
        "unix://              | it names no socket path",
        "unix://docker.sock   | the socket path must be absolute",
        "npipe://             | a named pipe is written npipe:////./pipe/docker_engine",
    })
    void aMalformedDockerHostIsTheProblem(String host, String why) {
        fx.env.put("DOCKER_HOST", host);

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().startsWith("DOCKER_HOST is set to '" + host + "', which is not an engine address: "),
                d.problem());
        assertTrue(d.problem().contains(why), d.problem());
        assertTrue(d.problem().contains("Fix DOCKER_HOST, or unset it"), d.problem());
        assertEquals("DOCKER_HOST", d.tried().get(d.tried().size() - 1).source());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "localhost:2375", "tcp//h:2375"})
    void aMalformedHostFlagIsTheProblem(String flag) {
        Discovery d = fx.discover(flag);

        assertNoFallback(d);
        assertTrue(d.problem().startsWith("--host was given as '" + flag + "', which is not an engine address"),
                d.problem());
        assertTrue(d.problem().contains("Fix the --host value"), d.problem());
    }

    @ParameterizedTest
    @CsvSource({"tcp://[::1]:2375, tcp://[::1]:2375", "TCP://Host-1.example.com:2376/, tcp://Host-1.example.com:2376",
        "' tcp://10.0.0.1:65535 ', tcp://10.0.0.1:65535"})
    void wellFormedTcpAddressesAreAccepted(String raw, String expected) {
        fx.env.put("DOCKER_HOST", raw);

        assertEquals(expected, fx.discover().endpoint().host());
    }

    @Test
    void aBlankDockerHostCountsAsUnset() {
        fx.env.put("DOCKER_HOST", " ");

        assertEquals("default socket", fx.discover().endpoint().source());
    }

    @Test
    void aUnixAddressToARegularFileIsTheProblem() throws Exception {
        Path file = write(home.resolve("not-a-socket"), "hello");
        fx.env.put("DOCKER_HOST", "unix://" + file);

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertEquals("DOCKER_HOST is set to unix://" + file + ", but " + file + " is a regular file, not a socket."
                + " Fix DOCKER_HOST, or unset it to let Dockyard look for the engine.", d.problem());
        assertEquals(new Attempt("DOCKER_HOST", "unix://" + file, "is a regular file, not a socket"),
                d.tried().get(1));
    }

    @Test
    void aUnixAddressToAFolderIsTheProblem() {
        Discovery d = fx.discover("unix://" + home);

        assertNoFallback(d);
        assertTrue(d.problem().contains(home + " is a folder, not a socket"), d.problem());
    }

    @Test
    void aUnixSocketThatAnswersIsChosenAndOneThatDoesNotIsTheProblem() throws Exception {
        Path socket = DiscoveryFixture.socketFile(home.resolve("run/engine.sock"));
        fx.env.put("DOCKER_HOST", "unix://" + socket);
        fx.probe.problems.put(socket, "connection refused: nothing listens");

        Discovery down = fx.discover();
        assertNoFallback(down);
        assertEquals("DOCKER_HOST is set to unix://" + socket + ", but " + socket + ": connection refused: nothing"
                + " listens. Fix DOCKER_HOST, or unset it to let Dockyard look for the engine.", down.problem());

        fx.probe.answering.add(socket);
        Discovery up = fx.discover();
        assertEquals(new Endpoint("unix://" + socket, false, null, "DOCKER_HOST",
                "DOCKER_HOST is set to unix://" + socket + ", and it answers."), up.endpoint());
    }

    @Test
    void aMissingUnixSocketIsTheProblem() {
        fx.env.put("DOCKER_HOST", "unix:///nowhere/docker.sock");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().contains("but /nowhere/docker.sock: no such file."), d.problem());
    }

    @Test
    void aNamedPipeOffWindowsIsTheProblem() {
        fx.env.put("DOCKER_HOST", "npipe:////./pipe/docker_engine");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().contains("named pipes (npipe://) exist only on Windows and this is Linux"), d.problem());
    }

    @Test
    void tlsVerifyUsesTheCertificatesInDockerCertPath() throws Exception {
        Path certs = home.resolve("certs");
        writeCerts(certs, "ca.pem", "cert.pem", "key.pem");
        fx.env.put("DOCKER_HOST", "tcp://secure:2376");
        fx.env.put("DOCKER_TLS_VERIFY", "1");
        fx.env.put("DOCKER_CERT_PATH", certs.toString());

        Endpoint e = fx.discover().endpoint();

        assertEquals(new Endpoint("tcp://secure:2376", true, certs, "DOCKER_HOST",
                "DOCKER_HOST is set to tcp://secure:2376 (TLS, verified against ~/certs/ca.pem)."), e);
    }

    @Test
    void tlsCertificatesDefaultToTheDockerConfigFolder() throws Exception {
        writeCerts(fx.dockerDir(), "ca.pem", "cert.pem", "key.pem");
        fx.env.put("DOCKER_TLS_VERIFY", "1");

        Endpoint e = fx.discover("tcp://secure:2376").endpoint();

        assertTrue(e.tlsVerify());
        assertEquals(fx.dockerDir(), e.certPath());
    }

    @Test
    void dockerConfigMovesTheDefaultCertificateFolder() throws Exception {
        Path config = home.resolve("elsewhere");
        writeCerts(config, "ca.pem", "cert.pem", "key.pem");
        fx.env.put("DOCKER_CONFIG", config.toString());
        fx.env.put("DOCKER_TLS_VERIFY", "1");

        assertEquals(config, fx.discover("tcp://secure:2376").endpoint().certPath());
    }

    @Test
    void tlsVerifyWithMissingCertificatesIsTheProblem() throws Exception {
        writeCerts(fx.dockerDir(), "ca.pem");
        fx.env.put("DOCKER_HOST", "tcp://secure:2376");
        fx.env.put("DOCKER_TLS_VERIFY", "1");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertEquals("DOCKER_TLS_VERIFY is set, so Dockyard needs ca.pem, cert.pem and key.pem in ~/.docker, but"
                + " cert.pem and key.pem are missing. Put the files there, point DOCKER_CERT_PATH at the folder that"
                + " holds them, or unset DOCKER_TLS_VERIFY.", d.problem());
    }

    @Test
    void tlsVerifyZeroStillVerifiesLikeTheCliAndSaysSo() throws Exception {
        writeCerts(fx.dockerDir(), "ca.pem", "cert.pem", "key.pem");
        fx.env.put("DOCKER_TLS_VERIFY", "0");

        Discovery d = fx.discover("tcp://secure:2376");

        assertTrue(d.endpoint().tlsVerify());
        assertTrue(d.warnings().get(0).startsWith("DOCKER_TLS_VERIFY=0 still turns TLS verification on"));
    }

    @Test
    void tlsVerifyOnAUnixSocketIsIgnoredWithAWarning() throws Exception {
        Path socket = DiscoveryFixture.socketFile(home.resolve("engine.sock"));
        fx.probe.answering.add(socket);
        fx.env.put("DOCKER_TLS_VERIFY", "1");

        Discovery d = fx.discover("unix://" + socket);

        assertEquals(List.of("DOCKER_TLS_VERIFY is set but has no effect on unix://" + socket + ": TLS is only"
                + " used with tcp:// engines."), d.warnings());
        assertFalse(d.endpoint().tlsVerify());
        assertNull(d.endpoint().certPath());
    }
}
