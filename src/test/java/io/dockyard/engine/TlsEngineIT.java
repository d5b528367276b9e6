package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.discovery.EndpointDiscovery;
import io.dockyard.engine.discovery.UnixSocketProbe;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.SecondEngine;
import io.dockyard.testing.TestEngine;
import io.dockyard.testing.TlsCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A test-owned dockerd on {@code tcp://127.0.0.1:<port>} with {@code --tlsverify}, reached the ways the
 * docker CLI reaches it (DOCKER_HOST with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, a context), and refused
 * in words naming the file when the certificates are wrong.
 */
@Timeout(180)
class TlsEngineIT {
    private static Path dir;
    private static TlsCertificates certs;
    private static SecondEngine engine;
    private static String tcp;
    private static String engineId;

    @BeforeAll
    static void startTlsEngine() throws IOException {
        TestEngine.require(); // skips or fails loudly when there is no engine at all
        dir = Files.createTempDirectory("dockyard-tls");
        certs = TlsCertificates.create(dir);
        engine = SecondEngine.create();
        tcp = engine.listenWithTls(certs.caCert(), certs.serverCert(), certs.serverKey());
        engine.start();
        engineId = engine.cli().docker("info", "--format", "{{.ID}}");
    }

    @AfterAll
    static void stopTlsEngine() throws IOException {
        if (engine != null) {
            engine.close();
        }
        if (dir != null) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void dockerHostWithTlsVerifyAndCertPathReachesTheEngine() throws IOException {
        Path client = certs.goodClient();
        Map<String, String> env = Map.of("DOCKER_HOST", tcp, "DOCKER_TLS_VERIFY", "1",
                "DOCKER_CERT_PATH", client.toString());

        EngineEndpoint endpoint = EndpointChoices.toChoice(new EndpointDiscovery(env, dir, "Linux",
                new UnixSocketProbe()).discover(null), null).endpoint();

        assertEquals(engineId, idThrough(endpoint));
        assertEquals("", endpoint.exposure().words());
        assertEquals(engineId, docker(Map.of(), endpoint.cliFlags(), "info", "--format", "{{.ID}}"),
                "the CLI flags Dockyard gives reach the same engine");
    }

    @Test
    void aContextWithTlsFilesReachesTheEngine() throws IOException {
        Path client = certs.goodClient();
        Path config = Files.createDirectories(dir.resolve("docker-config"));
        Map<String, String> env = Map.of("DOCKER_CONFIG", config.toString());
        docker(env, List.of(), "context", "create", "tlsctx", "--docker", "host=" + tcp + ",ca=" + client.resolve("ca.pem")
                + ",cert=" + client.resolve("cert.pem") + ",key=" + client.resolve("key.pem"));

        KnownEngine context = EngineCatalog.list(env, dir, socket -> Optional.of("not looked at")).stream()
                .filter(e -> e.name().equals("tlsctx")).findFirst().orElseThrow();

        assertEquals("", context.problem());
        assertTrue(Path.of(context.endpoint().certPath()).startsWith(config.resolve("contexts/tls")),
                context.endpoint().certPath());
        assertEquals(engineId, idThrough(context.endpoint()));
        assertEquals(List.of("--context", "tlsctx"), context.endpoint().cliFlags());
        assertEquals(engineId, docker(env, context.endpoint().cliFlags(), "info", "--format", "{{.ID}}"));
    }

    @Test
    void aWrongCaIsRefusedNamingTheCaFile() throws IOException {
        Path wrong = certs.wrongCa();

        String words = failureThrough(EngineCatalog.typed(tcp, wrong.toString()).endpoint());

        assertEquals("The engine at " + tcp + " showed a certificate that " + wrong.resolve("ca.pem") + " did not sign,"
                + " so Dockyard did not trust it. Put the engine's CA certificate in ca.pem (the one dockerd was"
                + " started with as --tlscacert).", words);
    }

    @Test
    void aClientCertificateTheEngineDoesNotTrustIsRefusedNamingIt() throws IOException {
        Path foreign = certs.foreignClient();

        // over TLS 1.3 the refusal arrives after the handshake, as an alert or as a reset: a race, so try often
        for (int attempt = 0; attempt < 10; attempt++) {
            String words = failureThrough(EngineCatalog.typed(tcp, foreign.toString()).endpoint());

            assertTrue(words.startsWith("The engine at " + tcp + " refused Dockyard's client certificate "
                    + foreign.resolve("cert.pem")), attempt + ": " + words);
            assertTrue(words.contains("not signed by a CA the engine trusts"), words);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ca.pem", "cert.pem", "key.pem"})
    void aMissingFileIsNamedBeforeConnecting(String missing) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("without-" + missing));
        for (String name : List.of("ca.pem", "cert.pem", "key.pem")) {
            if (!name.equals(missing)) {
                Files.copy(certs.goodClient().resolve(name), folder.resolve(name),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        EngineEndpoint endpoint = new EngineEndpoint(tcp, true, folder.toString(), "test", "a folder without " + missing);

        try (EngineClient client = DockerEngineClient.open(endpoint)) {
            RuntimeException failure = assertThrows(RuntimeException.class, client::about);
            assertInstanceOf(ConnectionProblem.class, failure);
            assertTrue(failure.getMessage().startsWith("TLS needs " + missing + " ("), failure.getMessage());
            assertTrue(failure.getMessage().contains("there is no " + folder.resolve(missing)
                    + ". Nothing was sent to the engine."), failure.getMessage());
        }
    }

    @Test
    void theRefusalReachesTheConnectionProblemOfTheFeed() throws IOException {
        EngineEndpoint endpoint = EngineCatalog.typed(tcp, certs.wrongCa().toString()).endpoint();
        EngineStore store = new EngineStore(EngineState.empty(Connection.connecting(tcp, "")), Runnable::run);

        try (EngineFeed feed = new EngineFeed(() -> EndpointChoice.of(endpoint), store::accept, Clock.systemUTC())) {
            feed.start();
            Await.until(Duration.ofSeconds(20), () -> store.current().connection().status() == Connection.Status.NO_ENGINE,
                    () -> "no failed connection: " + store.current().connection());
        }

        String detail = store.current().connection().detail();
        assertTrue(detail.contains(certs.wrongCa().resolve("ca.pem") + " did not sign"), detail);
    }

    private static String idThrough(EngineEndpoint endpoint) {
        try (EngineClient client = DockerEngineClient.open(endpoint)) {
            return client.about().info().id();
        }
    }

    private static String failureThrough(EngineEndpoint endpoint) {
        try (EngineClient client = DockerEngineClient.open(endpoint)) {
            RuntimeException failure = assertThrows(RuntimeException.class, client::about);
            return EngineProblems.describe(failure, endpoint.host());
        }
    }

    private static String docker(Map<String, String> env, List<String> flags, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("docker"));
        command.addAll(flags);
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DOCKER_HOST");
        pb.environment().remove("DOCKER_CONTEXT");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError(command + " failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return out;
    }
}
