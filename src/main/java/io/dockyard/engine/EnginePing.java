package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import io.dockyard.engine.discovery.UnixSocketProbe;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One health ping of an engine, answered within {@link DockerClients#PING_TIMEOUT}: a local socket
 * is asked {@code GET /_ping} without any HTTP machinery; anything else through a docker-java
 * client that gives up quickly. Never throws.
 */
final class EnginePing implements Closeable {
    private final UnixSocketProbe probe;
    private final Path socket;
    private final DockerClient client;

    private EnginePing(UnixSocketProbe probe, Path socket, DockerClient client) {
        this.probe = probe;
        this.socket = socket;
        this.client = client;
    }

    static EnginePing of(EngineEndpoint endpoint) {
        Path socket = DockerClients.unixSocket(endpoint);
        return socket != null ? new EnginePing(new UnixSocketProbe(DockerClients.PING_TIMEOUT), socket, null)
                : new EnginePing(null, null, DockerClients.forPings(endpoint));
    }

    /** True when the engine answered in time. */
    boolean answers() {
        if (client == null) {
            return probe.problem(socket).isEmpty();
        }
        try {
            client.pingCmd().exec();
            return true;
        } catch (RuntimeException noAnswer) {
            return false;
        }
    }

    @Override
    public void close() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException | RuntimeException ignored) {
                // closing a client that lost its engine has nothing left to report
            }
        }
    }
}
