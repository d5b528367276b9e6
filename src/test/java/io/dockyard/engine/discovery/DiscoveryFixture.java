package io.dockyard.engine.discovery;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A home folder, an environment and a fake socket probe for discovery tests. */
final class DiscoveryFixture {
    static final Path DEFAULT_SOCKET = Path.of("/var/run/docker.sock");

    final Path home;
    final Map<String, String> env = new HashMap<>();
    final FakeProbe probe = new FakeProbe();
    String osName = "Linux";

    DiscoveryFixture(Path home) {
        this.home = home;
    }

    Discovery discover() {
        return discover(null);
    }

    Discovery discover(String hostFlag) {
        return new EndpointDiscovery(env, home, osName, probe).discover(hostFlag);
    }

    Path dockerDir() {
        return home.resolve(".docker");
    }

    /** Writes {@code contexts/meta/<folder>/meta.json} under {@code configDir} the way the CLI does. */
    Path writeContext(Path configDir, String folder, String name, String host, boolean skipTls) throws IOException {
        return write(configDir.resolve("contexts/meta/" + folder + "/meta.json"),
                "{\"Name\":\"" + name + "\",\"Metadata\":{\"Description\":\"\"},\"Endpoints\":{\"docker\":"
                        + "{\"Host\":\"" + host + "\",\"SkipTLSVerify\":" + skipTls + "}}}");
    }

    Path writeContext(String name, String host) throws IOException {
        return writeContext(dockerDir(), DockerContexts.sha256(name), name, host, false);
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    static void writeCerts(Path folder, String... names) throws IOException {
        for (String name : names) {
            write(folder.resolve(name), "-----BEGIN CERTIFICATE-----\n");
        }
    }

    /** Leaves a real unix socket file at {@code path} (bound, then closed: the file stays). */
    static Path socketFile(Path path) throws IOException {
        Files.createDirectories(path.getParent());
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(path));
        }
        return path;
    }

    static String labels(Discovery d) {
        return String.join(" | ", d.triedLines());
    }

    /** Sockets answer only when told to; the rest say "no such file" unless told otherwise. */
    static final class FakeProbe implements SocketProbe {
        final Set<Path> answering = new HashSet<>();
        final Map<Path, String> problems = new HashMap<>();
        final List<Path> asked = new ArrayList<>();

        @Override
        public Optional<String> problem(Path socket) {
            asked.add(socket);
            return answering.contains(socket) ? Optional.empty()
                    : Optional.of(problems.getOrDefault(socket, "no such file"));
        }
    }
}
