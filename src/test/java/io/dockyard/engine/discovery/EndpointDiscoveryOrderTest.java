package io.dockyard.engine.discovery;

import static io.dockyard.engine.discovery.DiscoveryFixture.DEFAULT_SOCKET;
import static io.dockyard.engine.discovery.DiscoveryFixture.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The docker CLI's order: --host, DOCKER_HOST, context, then the usual sockets (or the Windows pipe). */
class EndpointDiscoveryOrderTest {
    @TempDir
    Path home;
    @TempDir
    Path runtimeDir;
    DiscoveryFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new DiscoveryFixture(home);
        fx.env.put("XDG_RUNTIME_DIR", runtimeDir.toString());
        fx.probe.answering.add(DEFAULT_SOCKET);
        fx.writeContext("prod", "tcp://prod.example:2375");
        fx.writeContext("staging", "tcp://staging.example:2375");
    }

    @Test
    void hostFlagWinsOverDockerHostContextAndSockets() {
        fx.env.put("DOCKER_HOST", "tcp://from-env:2375");
        fx.env.put("DOCKER_CONTEXT", "prod");

        Discovery d = fx.discover("tcp://from-flag:2375");

        assertEquals("tcp://from-flag:2375", d.endpoint().host());
        assertEquals("--host", d.endpoint().source());
        assertTrue(d.warnings().contains("DOCKER_HOST=tcp://from-env:2375 is ignored because --host was given."),
                d.warnings().toString());
        assertTrue(d.warnings().contains("DOCKER_CONTEXT=prod is ignored because --host was given."),
                d.warnings().toString());
        assertEquals(List.of(), fx.probe.asked, "a tcp address is not contacted by discovery");
    }

    @Test
    void dockerHostWinsOverContextAndSockets() throws Exception {
        fx.env.put("DOCKER_HOST", "tcp://from-env:2375");
        fx.env.put("DOCKER_CONTEXT", "prod");
        DiscoveryFixture.write(fx.dockerDir().resolve("config.json"), "{\"currentContext\":\"staging\"}");

        Discovery d = fx.discover();

        assertEquals(new Endpoint("tcp://from-env:2375", false, null, "DOCKER_HOST",
                "DOCKER_HOST is set to tcp://from-env:2375."), d.endpoint());
        assertEquals(List.of("DOCKER_CONTEXT=prod is ignored because DOCKER_HOST is set."), d.warnings());
        assertEquals("--host: not given | DOCKER_HOST tcp://from-env:2375: chosen (a network engine is checked"
                + " when connecting)", labels(d));
        assertEquals(List.of(), fx.probe.asked);
    }

    @Test
    void dockerContextWinsOverCurrentContextAndSockets() throws Exception {
        fx.env.put("DOCKER_CONTEXT", "prod");
        DiscoveryFixture.write(fx.dockerDir().resolve("config.json"), "{\"currentContext\":\"staging\"}");

        Discovery d = fx.discover();

        assertEquals("tcp://prod.example:2375", d.endpoint().host());
        assertEquals("context prod", d.endpoint().source());
        assertEquals("Context 'prod' (chosen by DOCKER_CONTEXT) has the Docker endpoint tcp://prod.example:2375.",
                d.endpoint().reason());
        assertEquals(List.of(), fx.probe.asked);
    }

    @Test
    void currentContextInConfigJsonWinsOverSockets() throws Exception {
        DiscoveryFixture.write(fx.dockerDir().resolve("config.json"),
                "{\"auths\":{},\"currentContext\":\"staging\",\"plugins\":[1,2]}");

        Discovery d = fx.discover();

        assertEquals("tcp://staging.example:2375", d.endpoint().host());
        assertEquals("context staging", d.endpoint().source());
        assertTrue(d.endpoint().reason().contains("currentContext in ~/.docker/config.json"), d.endpoint().reason());
        assertEquals(List.of(), d.warnings());
    }

    @ParameterizedTest
    @ValueSource(strings = {"env", "config"})
    void theDefaultContextMeansTheUsualSockets(String where) throws Exception {
        if (where.equals("env")) {
            fx.env.put("DOCKER_CONTEXT", "default");
            DiscoveryFixture.write(fx.dockerDir().resolve("config.json"), "{\"currentContext\":\"prod\"}");
        } else {
            DiscoveryFixture.write(fx.dockerDir().resolve("config.json"), "{\"currentContext\":\"default\"}");
        }

        Discovery d = fx.discover();

        assertEquals("unix:///var/run/docker.sock", d.endpoint().host());
        assertEquals("default socket", d.endpoint().source());
        assertTrue(labels(d).contains("context default: the default context"), labels(d));
    }

    @Test
    void withNothingSetTheDefaultSocketWinsWhenItAnswers() {
        Discovery d = fx.discover();

        assertTrue(d.isFound());
        assertEquals(new Endpoint("unix:///var/run/docker.sock", false, null, "default socket",
                "Nothing chose an engine (no --host, DOCKER_HOST or context), so Dockyard tried the usual sockets"
                        + " and the default socket /var/run/docker.sock answered first."), d.endpoint());
        assertEquals(List.of("--host", "DOCKER_HOST", "context", "default socket"),
                d.tried().stream().map(Attempt::source).toList());
        assertEquals(List.of(DEFAULT_SOCKET), fx.probe.asked, "stops at the first socket that answers");
    }

    @Test
    void eachUsualSocketIsTriedInOrderUntilOneAnswers() {
        List<Path> order = List.of(DEFAULT_SOCKET, runtimeDir.resolve("docker.sock"),
                home.resolve(".docker/desktop/docker.sock"), home.resolve(".docker/run/docker.sock"),
                home.resolve(".colima/default/docker.sock"), runtimeDir.resolve("podman/podman.sock"));
        List<String> labels = List.of("default socket", "rootless socket", "Docker Desktop socket",
                "Docker Desktop socket", "Colima socket", "Podman socket");
        for (int winner = 0; winner < order.size(); winner++) {
            fx.probe.asked.clear();
            fx.probe.answering.clear();
            fx.probe.answering.add(order.get(winner));
            fx.probe.answering.add(order.get(order.size() - 1)); // a later one answering must not matter

            Discovery d = fx.discover();

            assertEquals("unix://" + order.get(winner), d.endpoint().host());
            assertEquals(labels.get(winner), d.endpoint().source());
            assertEquals(order.subList(0, winner + 1), fx.probe.asked);
            assertEquals(winner + 4, d.tried().size(), labels(d));
        }
    }

    @Test
    void withoutXdgRuntimeDirTheRootlessAndPodmanSocketsAreSkipped() {
        fx.env.remove("XDG_RUNTIME_DIR");
        fx.probe.answering.clear();

        Discovery d = fx.discover();

        assertFalse(d.isFound());
        assertEquals(List.of(DEFAULT_SOCKET, home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".docker/run/docker.sock"), home.resolve(".colima/default/docker.sock")), fx.probe.asked);
        assertTrue(labels(d).contains("rootless socket: skipped: XDG_RUNTIME_DIR is not set"), labels(d));
        assertTrue(labels(d).contains("Podman socket: skipped: XDG_RUNTIME_DIR is not set"), labels(d));
    }

    @Test
    void whenNoSocketAnswersEachOutcomeIsKept() {
        fx.probe.answering.clear();
        fx.probe.problems.put(DEFAULT_SOCKET, "permission denied: your user may not use this socket");
        fx.probe.problems.put(home.resolve(".colima/default/docker.sock"), "connection refused");

        Discovery d = fx.discover();

        assertFalse(d.isFound());
        assertNull(d.endpoint());
        assertEquals(9, d.tried().size(), labels(d));
        assertEquals(new Attempt("default socket", "unix:///var/run/docker.sock",
                "permission denied: your user may not use this socket"), d.tried().get(3));
        assertEquals(new Attempt("Colima socket", "unix://" + home.resolve(".colima/default/docker.sock"),
                "connection refused"), d.tried().get(7));
        assertEquals("no such file", d.tried().get(8).outcome());
        assertTrue(d.problem().startsWith("No Docker engine answered on the usual sockets"), d.problem());
        assertTrue(d.problem().contains("DOCKER_HOST"), "says what to do next: " + d.problem());
    }

    @Test
    void onWindowsTheNamedPipeIsTheDefault() {
        fx.osName = "Windows 11";

        Discovery d = fx.discover();

        assertEquals("npipe:////./pipe/docker_engine", d.endpoint().host());
        assertEquals("Windows named pipe", d.endpoint().source());
        assertTrue(d.endpoint().reason().contains("on Windows Docker listens on the named pipe"));
        assertEquals(List.of(), fx.probe.asked, "no unix sockets on Windows");
    }

    @Test
    void onWindowsDockerHostStillWins() {
        fx.osName = "Windows 10";
        fx.env.put("DOCKER_HOST", "npipe:////./pipe/docker_other");

        Discovery d = fx.discover();

        assertEquals("npipe:////./pipe/docker_other", d.endpoint().host());
        assertEquals("DOCKER_HOST", d.endpoint().source());
    }

    @Test
    void explainNamesTheWinnerItsReasonAndWhatWasTried() {
        fx.probe.answering.clear();
        fx.probe.answering.add(home.resolve(".colima/default/docker.sock"));

        String text = fx.discover().explain();

        String colima = "unix://" + home.resolve(".colima/default/docker.sock");
        assertTrue(text.startsWith("Docker engine: " + colima + " (Colima socket)\n"), text);
        assertTrue(text.contains("Why: Nothing chose an engine"), text);
        assertTrue(text.contains("  1. --host: not given\n"), text);
        assertTrue(text.contains("  4. default socket unix:///var/run/docker.sock: no such file\n"), text);
        assertTrue(text.endsWith("  8. Colima socket " + colima + ": answers"), text);
    }

    @Test
    void explainWithoutAnEngineSaysWhatIsWrongAndWhatToDo() {
        fx.probe.answering.clear();
        fx.env.put("DOCKER_CONTEXT", "default");
        fx.env.put("DOCKER_TLS_VERIFY", "");

        String text = fx.discover().explain();

        assertTrue(text.startsWith("No Docker engine found.\nNo Docker engine answered"), text);
        assertTrue(text.contains("Start Docker"), text);
        assertTrue(text.contains("9. Podman socket unix://" + runtimeDir.resolve("podman/podman.sock")
                + ": no such file"), text);
        assertFalse(text.contains("Warnings"), text);
    }

    @Test
    void explainListsWarnings() {
        fx.env.put("DOCKER_HOST", "tcp://h:2375");
        fx.env.put("DOCKER_CONTEXT", "prod");

        String text = fx.discover().explain();

        assertTrue(text.endsWith("Warnings:\n  - DOCKER_CONTEXT=prod is ignored because DOCKER_HOST is set."), text);
    }

    @Test
    void aProbeThatThrowsIsAnOutcomeNotACrash() {
        SocketProbe broken = socket -> {
            throw new IllegalStateException("boom");
        };
        Discovery d = new EndpointDiscovery(fx.env, home, "Linux", broken).discover(null);

        assertFalse(d.isFound());
        assertEquals("the probe failed: java.lang.IllegalStateException: boom", d.tried().get(3).outcome());
    }

    @Test
    void aProbeThatAnswersNullIsAnOutcomeNotACrash() {
        SocketProbe broken = socket -> socket.equals(DEFAULT_SOCKET) ? null : Optional.empty();
        Discovery d = new EndpointDiscovery(fx.env, home, "Linux", broken).discover(null);

        assertEquals("rootless socket", d.endpoint().source());
        assertEquals("the probe gave no answer", d.tried().get(3).outcome());
    }
}
