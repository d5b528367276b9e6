package io.dockyard.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Listing the user's docker contexts and reading hand-typed engine addresses. */
class EngineCatalogTest {
    private static final Path DEFAULT_SOCKET = Path.of("/var/run/docker.sock");

    @TempDir
    Path home;
    private final Map<String, String> env = new HashMap<>();
    private ServerSocketChannel listening;

    @BeforeEach
    void noDockerHost() {
        env.clear();
    }

    @AfterEach
    void closeSocket() throws IOException {
        if (listening != null) {
            listening.close();
        }
    }

    private List<KnownEngine> list() {
        // the default socket "answers"; nothing else is pinged by a context listing
        return EngineCatalog.list(env, home, socket -> socket.equals(DEFAULT_SOCKET)
                ? Optional.empty() : Optional.of("no such file"));
    }

    private KnownEngine named(List<KnownEngine> engines, String name) {
        return engines.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + engines));
    }

    // Contexts

    @Test
    void everyContextIsListedWithDefaultFirstAndTheCurrentOneMarked() throws IOException {
        Path docker = home.resolve(".docker");
        writeContext(docker, "staging", "tcp://10.1.2.3:2376", "the staging box");
        Path tls = writeCerts(docker.resolve("contexts/tls/" + sha256("staging") + "/docker"));
        writeContext(docker, "builder", "ssh://ci@build.example:2222", "");
        Files.writeString(docker.resolve("config.json"), "{\"currentContext\":\"staging\"}");

        List<KnownEngine> engines = list();

        assertEquals(List.of("default", "builder", "staging"), engines.stream().map(KnownEngine::name).toList());
        KnownEngine local = engines.get(0);
        assertEquals("unix:///var/run/docker.sock", local.endpoint().host());
        assertEquals(List.of("-H", "unix:///var/run/docker.sock"), local.endpoint().cliFlags());
        assertFalse(local.current());
        KnownEngine staging = named(engines, "staging");
        assertTrue(staging.current());
        assertEquals("the staging box", staging.description());
        assertEquals("tcp://10.1.2.3:2376", staging.endpoint().host());
        assertTrue(staging.endpoint().tlsVerify());
        assertEquals(tls.toString(), staging.endpoint().certPath());
        assertEquals(List.of("--context", "staging"), staging.endpoint().cliFlags());
        assertEquals(Exposure.PRIVATE, staging.endpoint().exposure());
        assertTrue(staging.endpoint().reason().contains("tcp://10.1.2.3:2376"), staging.endpoint().reason());
        KnownEngine builder = named(engines, "builder");
        assertEquals("ssh://ci@build.example:2222", builder.endpoint().host());
        assertEquals(List.of("--context", "builder"), builder.endpoint().cliFlags());
    }

    @Test
    void aBrokenContextIsAnEntryWithItsProblemInWords() throws IOException {
        Path docker = home.resolve(".docker");
        write(docker.resolve("contexts/meta/" + sha256("broken") + "/meta.json"),
                "{\"Name\":\"broken\",\"Endpoints\":{\"docker\":{\"Host\":\"tcp://h:2376\"}}}");
        write(docker.resolve("contexts/tls/" + sha256("broken") + "/docker/ca.pem"), "x");
        writeContext(docker, "odd", "ftp://h:21", "");

        List<KnownEngine> engines = list();

        KnownEngine broken = named(engines, "broken");
        assertNull(broken.endpoint());
        assertFalse(broken.isUsable());
        assertEquals("tcp://h:2376", broken.host(), "the address is still shown");
        assertTrue(broken.problem().contains("cert.pem and key.pem are missing"), broken.problem());
        KnownEngine odd = named(engines, "odd");
        assertNull(odd.endpoint());
        assertTrue(odd.problem().contains("'ftp://' is not a scheme Dockyard can use"), odd.problem());
        assertTrue(odd.problem().contains("docker context update odd"), odd.problem());
    }

    @Test
    void theStoreIsReadAfreshAndDockerConfigIsHonoured() throws IOException {
        Path config = home.resolve("elsewhere");
        env.put("DOCKER_CONFIG", config.toString());
        writeContext(home.resolve(".docker"), "ignored", "tcp://h:2375", "");
        assertEquals(List.of("default"), list().stream().map(KnownEngine::name).toList());

        writeContext(config, "fresh", "tcp://10.9.9.9:2375", "");

        KnownEngine fresh = named(list(), "fresh");
        assertEquals(Exposure.PLAIN_NETWORK, fresh.endpoint().exposure());
        assertEquals("unencrypted and unauthenticated", fresh.endpoint().exposure().words());
    }

    @Test
    void withDockerHostTheDefaultIsThatHostAndCurrent() throws IOException {
        writeContext(home.resolve(".docker"), "staging", "tcp://10.1.2.3:2375", "");
        Files.writeString(home.resolve(".docker/config.json"), "{\"currentContext\":\"staging\"}");
        env.put("DOCKER_HOST", "tcp://10.4.4.4:2375");

        List<KnownEngine> engines = list();

        KnownEngine local = named(engines, "default");
        assertTrue(local.current());
        assertFalse(named(engines, "staging").current());
        assertEquals("tcp://10.4.4.4:2375", local.endpoint().host());
        assertNull(local.endpoint().context());
        assertEquals(List.of("-H", "tcp://10.4.4.4:2375"), local.endpoint().cliFlags());
    }

    @Test
    void aDefaultWithNoAnsweringSocketSaysSo() {
        List<KnownEngine> engines = EngineCatalog.list(env, home, socket -> Optional.of("no such file"));

        assertNull(engines.get(0).endpoint());
        assertTrue(engines.get(0).problem().startsWith("No Docker engine answered"), engines.get(0).problem());
    }

    // Typed addresses

    @Test
    void aSocketPathIsTakenBareOrAsUnixUri() throws IOException {
        Path socket = listenOn(home.resolve("d.sock"));

        EndpointChoice bare = EngineCatalog.typed("  " + socket + " ", null);
        EndpointChoice uri = EngineCatalog.typed("unix://" + socket, "");

        assertEquals("unix://" + socket, bare.endpoint().host(), bare.problem());
        assertEquals("unix://" + socket, uri.endpoint().host(), uri.problem());
        assertEquals("typed address", bare.endpoint().source());
        assertNull(bare.endpoint().context());
    }

    @Test
    void aMissingSocketIsNamed() {
        EndpointChoice choice = EngineCatalog.typed(home.resolve("none.sock").toString(), null);

        assertFalse(choice.isFound());
        assertEquals("Dockyard cannot use " + home.resolve("none.sock") + ": no such file. Type the path of a"
                + " running engine's socket, such as /var/run/docker.sock.", choice.problem());
    }

    @Test
    void tcpIsPlainWithoutACertFolderAndVerifiedWithOne() throws IOException {
        Path certs = writeCerts(home.resolve("certs"));

        EngineEndpoint plain = EngineCatalog.typed("tcp://10.0.0.7:2375", null).endpoint();
        EngineEndpoint tls = EngineCatalog.typed("tcp://10.0.0.7:2376", certs.toString()).endpoint();

        assertFalse(plain.tlsVerify());
        assertEquals("unencrypted and unauthenticated", plain.exposure().words());
        assertTrue(tls.tlsVerify());
        assertEquals(certs.toString(), tls.certPath());
        assertEquals("", tls.exposure().words());
        assertTrue(tls.reason().contains("verified against " + certs.resolve("ca.pem")), tls.reason());
    }

    @Test
    void aCertFolderWithoutTheClientKeyIsRefusedNamingTheFile() throws IOException {
        Path certs = writeCerts(home.resolve("certs"));
        Files.delete(certs.resolve("key.pem"));

        EndpointChoice choice = EngineCatalog.typed("tcp://10.0.0.7:2376", certs.toString());

        assertEquals("TLS needs ca.pem, cert.pem and key.pem in " + certs + ", but key.pem is missing."
                + " Choose the folder that holds all three.", choice.problem());
    }

    @Test
    void sshKeepsItsUserAndPort() {
        assertEquals("ssh://me@build.example:2222", EngineCatalog.typed("ssh://me@build.example:2222", null)
                .endpoint().host());
        assertEquals("ssh://build.example", EngineCatalog.typed("ssh://build.example", null).endpoint().host());
        assertEquals("ssh://me@[::1]:22", EngineCatalog.typed("ssh://me@[::1]:22", null).endpoint().host());
        assertTrue(EngineCatalog.typed("ssh://me@h", "/certs").problem()
                .startsWith("A certificate folder is only used with tcp:// engines"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                     | it is empty",
        "build.example:2375     | it has no scheme such as unix:// or tcp://",
        "https://h:2376         | Docker addresses network engines with tcp://, not https://",
        "tcp://h                | it has no port; write tcp://h:2376 (TLS) or tcp://h:2375 (plain)",
        "tcp://h:99999          | '99999' is not a port number (1 to 65535)",
        "ssh://                 | it names no host; write ssh://user@host",
        "ssh://@h               | the user name before '@' is empty",
        "ssh://me@h:            | the port after ':' is empty; write ssh://me@h:22 or leave the ':' out",
        "ssh://me@h:twenty      | 'twenty' is not a port number",
        "ssh://me@h/var/run     | only ssh://user@host or ssh://user@host:port is allowed, without a path or query",
        "ssh://me@::1           | write an IPv6 address in brackets",
        "ssh://me@bad_host!     | 'bad_host!' is not a host name or IP address",
        "unix://docker.sock     | the socket path must be absolute",
    })
    void badInputSaysWhatIsWrongAndWhatARightOneLooksLike(String typed, String why) {
        EndpointChoice choice = EngineCatalog.typed(typed, null);

        assertFalse(choice.isFound());
        assertTrue(choice.problem().startsWith("'" + typed.trim() + "' is not an engine address: " + why),
                choice.problem());
        assertTrue(choice.problem().contains("tcp://host:2376") && choice.problem().contains("ssh://user@host")
                && choice.problem().contains("/var/run/docker.sock"), choice.problem());
    }

    // Helpers

    private Path listenOn(Path socket) throws IOException {
        listening = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        listening.bind(UnixDomainSocketAddress.of(socket));
        return socket;
    }

    private static void writeContext(Path configDir, String name, String host, String description) throws IOException {
        write(configDir.resolve("contexts/meta/" + sha256(name) + "/meta.json"),
                "{\"Name\":\"" + name + "\",\"Metadata\":{\"Description\":\"" + description + "\"},"
                        + "\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
    }

    private static Path writeCerts(Path folder) throws IOException {
        for (String name : List.of("ca.pem", "cert.pem", "key.pem")) {
            write(folder.resolve(name), "-----BEGIN CERTIFICATE-----\n");
        }
        return folder;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String sha256(String name) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
