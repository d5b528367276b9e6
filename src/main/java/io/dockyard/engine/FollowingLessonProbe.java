package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import io.dockyard.engine.api.ContainerProbe;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;

/** Lesson probes for whichever endpoint the feed is using now, like {@link FollowingEngineCommands}. */
public final class FollowingLessonProbe implements ContainerProbe, AutoCloseable {
    private final Supplier<EngineEndpoint> endpoint;
    private EngineEndpoint openFor;
    private DockerClient client;
    private DockerLessonProbe probe;

    public FollowingLessonProbe(Supplier<EngineEndpoint> endpoint) {
        this.endpoint = endpoint;
    }

    private synchronized ContainerProbe current() {
        EngineEndpoint now = endpoint.get();
        if (now == null) {
            throw new ProbeException("Dockyard is not connected to a Docker engine yet.", null);
        }
        if (!now.equals(openFor)) {
            close();
            client = DockerClients.forRequests(now);
            probe = new DockerLessonProbe(client);
            openFor = now;
        }
        return probe;
    }

    @Override
    public List<String> diff(String container) {
        return current().diff(container);
    }

    @Override
    public List<String> top(String container) {
        return current().top(container);
    }

    @Override
    public boolean fileExists(String container, String path) {
        return current().fileExists(container, path);
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            try {
                client.close();
            } catch (IOException ignored) {
                // a client for an endpoint we are leaving; nothing to tell anyone
            }
        }
        client = null;
        probe = null;
        openFor = null;
    }
}
