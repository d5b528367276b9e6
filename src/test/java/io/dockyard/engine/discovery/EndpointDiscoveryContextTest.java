package io.dockyard.engine.discovery;

import static io.dockyard.engine.discovery.DiscoveryFixture.DEFAULT_SOCKET;
import static io.dockyard.engine.discovery.DiscoveryFixture.write;
import static io.dockyard.engine.discovery.DiscoveryFixture.writeCerts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Docker contexts: the CLI's store layout, DOCKER_CONFIG, TLS files and the ways a context can be broken. */
class EndpointDiscoveryContextTest {
    // Worked out with `printf prod | sha256sum`, not by the code under test.
    static final String SHA_PROD = "6754af9632a2745e85c293e5aac0863370d9bd3330b9938c00cadfd215227d77";
    static final String SHA_STAGING = "e919a75364398a449f860aeadddc57fa0502145a4e63959ddb33c417a48dc0da";

    @TempDir
    Path home;
    DiscoveryFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new DiscoveryFixture(home);
        fx.probe.answering.add(DEFAULT_SOCKET);
        fx.writeContext(fx.dockerDir(), SHA_STAGING, "staging", "tcp://staging.example:2375", false);
    }

    private void assertNoFallback(Discovery d) {
        assertFalse(d.isFound(), d.explain());
        assertFalse(fx.probe.asked.contains(DEFAULT_SOCKET), "fell back to the default socket: " + fx.probe.asked);
    }

    @Test
    void contextsAreStoredUnderTheSha256OfTheirName() throws Exception {
        fx.writeContext(fx.dockerDir(), SHA_PROD, "prod", "tcp://prod.example:2376", false);
        fx.env.put("DOCKER_CONTEXT", "prod");

        assertEquals("tcp://prod.example:2376", fx.discover().endpoint().host());
        assertEquals(SHA_PROD, DockerContexts.sha256("prod"));
    }

    @Test
    void aContextStoredUnderItsPlainNameIsNotFound() throws Exception {
        fx.writeContext(fx.dockerDir(), "prod", "prod", "tcp://prod.example:2376", false);
        fx.env.put("DOCKER_CONTEXT", "prod");

        assertNoFallback(fx.discover());
    }

    @Test
    void anUnknownContextIsTheProblemAndTheExistingOnesAreListed() {
        fx.env.put("DOCKER_CONTEXT", "nope");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().startsWith("DOCKER_CONTEXT selects context 'nope', but no context 'nope' exists"
                + " (there is no ~/.docker/contexts/meta/"), d.problem());
        assertTrue(d.problem().contains("Contexts that exist: default, staging."), d.problem());
        assertTrue(d.problem().endsWith("Set DOCKER_CONTEXT to an existing context, or unset it."), d.problem());
    }

    @Test
    void anUnknownCurrentContextIsTheProblemToo() throws Exception {
        write(fx.dockerDir().resolve("config.json"), "{\"currentContext\":\"gone\"}");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().startsWith("currentContext in ~/.docker/config.json selects context 'gone', but no"
                + " context 'gone' exists"), d.problem());
        assertTrue(d.problem().contains("default, staging"), d.problem());
        assertTrue(d.problem().contains("`docker context use NAME`"), d.problem());
    }

    @Test
    void dockerConfigPointsAtAnotherConfigFolder() throws Exception {
        Path config = home.resolve("cfg");
        fx.env.put("DOCKER_CONFIG", config.toString());
        write(config.resolve("config.json"), "{\"currentContext\":\"prod\"}");
        fx.writeContext(config, SHA_PROD, "prod", "tcp://from-docker-config:2375", false);
        write(fx.dockerDir().resolve("config.json"), "{\"currentContext\":\"staging\"}");

        Discovery d = fx.discover();

        assertEquals("tcp://from-docker-config:2375", d.endpoint().host());
        assertTrue(d.endpoint().reason().contains("currentContext in ~/cfg/config.json"), d.endpoint().reason());
    }

    @Test
    void aContextWithTlsFilesIsVerified() throws Exception {
        fx.writeContext(fx.dockerDir(), SHA_PROD, "prod", "tcp://prod.example:2376", false);
        Path tls = fx.dockerDir().resolve("contexts/tls/" + SHA_PROD + "/docker");
        writeCerts(tls, "ca.pem", "cert.pem", "key.pem");
        fx.env.put("DOCKER_CONTEXT", "prod");

        Endpoint e = fx.discover().endpoint();

        assertEquals(new Endpoint("tcp://prod.example:2376", true, tls, "context prod",
                "Context 'prod' (chosen by DOCKER_CONTEXT) has the Docker endpoint tcp://prod.example:2376 (TLS,"
                        + " verified against ~/.docker/contexts/tls/" + SHA_PROD + "/docker/ca.pem).", "prod"), e);
    }

    @Test
    void skipTlsVerifyKeepsTheFilesButDoesNotVerifyAndWarns() throws Exception {
        fx.writeContext(fx.dockerDir(), SHA_PROD, "prod", "tcp://prod.example:2376", true);
        Path tls = fx.dockerDir().resolve("contexts/tls/" + SHA_PROD + "/docker");
        writeCerts(tls, "ca.pem", "cert.pem", "key.pem");
        fx.env.put("DOCKER_CONTEXT", "prod");

        Discovery d = fx.discover();

        assertFalse(d.endpoint().tlsVerify());
        assertEquals(tls, d.endpoint().certPath());
        assertEquals(List.of("Context 'prod' sets SkipTLSVerify: the engine's certificate is not verified."),
                d.warnings());
    }

    @Test
    void aContextWithIncompleteTlsFilesIsTheProblem() throws Exception {
        fx.writeContext(fx.dockerDir(), SHA_PROD, "prod", "tcp://prod.example:2376", false);
        writeCerts(fx.dockerDir().resolve("contexts/tls/" + SHA_PROD + "/docker"), "cert.pem");
        fx.env.put("DOCKER_CONTEXT", "prod");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().startsWith("Context 'prod' keeps its TLS files in ~/.docker/contexts/tls/" + SHA_PROD
                + "/docker, but ca.pem and key.pem are missing."), d.problem());
    }

    @Test
    void aContextWithoutTlsFilesIsPlainTcp() throws Exception {
        fx.env.put("DOCKER_CONTEXT", "staging");

        Endpoint e = fx.discover().endpoint();

        assertFalse(e.tlsVerify());
        assertEquals(null, e.certPath());
    }

    @Test
    void aContextWithAMalformedHostIsTheProblem() throws Exception {
        fx.writeContext(fx.dockerDir(), SHA_PROD, "prod", "tcp://prod.example", false);
        fx.env.put("DOCKER_CONTEXT", "prod");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().startsWith("Context 'prod' (chosen by DOCKER_CONTEXT) has the Docker endpoint"
                + " 'tcp://prod.example', which is not an engine address: it has no port"), d.problem());
        assertTrue(d.problem().contains("docker context update prod"), d.problem());
    }

    /** Found by DiscoveryProperties: the NUL reached Path.of and discovery fell into "please report this". */
    @Test
    void aContextWhoseSocketPathHoldsANulCharacterIsTheProblem() throws Exception {
        fx.writeContext(fx.dockerDir(), SHA_PROD, "prod", "unix:///\\u0000b", false);
        fx.env.put("DOCKER_CONTEXT", "prod");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().contains("which is not an engine address: the socket path is not a file name this"
                + " system can use (Nul character not allowed)"), d.problem());
    }

    @Test
    void aContextPointingAtARegularFileIsTheProblem() throws Exception {
        Path file = write(home.resolve("file.sock"), "");
        fx.writeContext(fx.dockerDir(), SHA_PROD, "prod", "unix://" + file, false);
        fx.env.put("DOCKER_CONTEXT", "prod");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().contains(file + " is a regular file, not a socket"), d.problem());
    }

    @Test
    void aMalformedMetaJsonIsTheProblem() throws Exception {
        write(fx.dockerDir().resolve("contexts/meta/" + SHA_PROD + "/meta.json"), "{\"Name\":\"prod\",\n\"Endpoints\":}");
        fx.env.put("DOCKER_CONTEXT", "prod");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().contains("meta.json is not valid JSON (line 2, column 13: unexpected '}'"), d.problem());
    }

    @Test
    void aMetaJsonWithoutADockerEndpointIsTheProblem() throws Exception {
        write(fx.dockerDir().resolve("contexts/meta/" + SHA_PROD + "/meta.json"),
                "{\"Name\":\"prod\",\"Endpoints\":{\"kubernetes\":{}}}");
        fx.env.put("DOCKER_CONTEXT", "prod");

        Discovery d = fx.discover();

        assertNoFallback(d);
        assertTrue(d.problem().contains("the context has no Docker endpoint (Endpoints.docker.Host)"), d.problem());
    }

    @Test
    void aMalformedConfigJsonIsAWarningAndTheSocketsAreTried() throws Exception {
        write(fx.dockerDir().resolve("config.json"), "{\n  \"currentContext\": \"prod\",,\n}");

        Discovery d = fx.discover();

        assertEquals("default socket", d.endpoint().source());
        assertEquals(List.of("~/.docker/config.json is not valid JSON (line 2, column 28: unexpected ',', expected"
                + " a string key); ignoring it"), d.warnings());
    }

    @Test
    void aConfigJsonOfTheWrongShapeIsAWarning() throws Exception {
        write(fx.dockerDir().resolve("config.json"), "[]");
        assertEquals(List.of("~/.docker/config.json does not hold a JSON object; ignoring it"), fx.discover().warnings());

        write(fx.dockerDir().resolve("config.json"), "{\"currentContext\": 7}");
        Discovery d = fx.discover();
        assertEquals(List.of("currentContext in ~/.docker/config.json is not a string; ignoring it"), d.warnings());
        assertEquals("default socket", d.endpoint().source());
    }

    @Test
    void aConfigJsonWithoutCurrentContextIsFine() throws Exception {
        write(fx.dockerDir().resolve("config.json"), "{\"auths\":{\"registry.example\":{\"auth\":\"eA==\"}}}");

        Discovery d = fx.discover();

        assertEquals(List.of(), d.warnings());
        assertEquals("context: none chosen (no DOCKER_CONTEXT, no currentContext in ~/.docker/config.json)",
                d.tried().get(2).describe());
    }
}
