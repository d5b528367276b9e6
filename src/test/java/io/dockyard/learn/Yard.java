package io.dockyard.learn;

import io.dockyard.model.Connection;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineInfo;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Layer;
import io.dockyard.model.PortBinding;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds engine states by hand for the pure lesson tests. */
final class Yard {
    static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");
    private final Map<String, ImageBlueprint> images = new HashMap<>();
    private final Map<String, ContainerInstance> containers = new HashMap<>();
    private long revision;

    Yard image(String id, long size, Map<String, String> labels, String... tags) {
        images.put(id, new ImageBlueprint(id, List.of(tags), List.of(), size, T0, labels,
                List.of(new Layer(id, "COPY busybox", size, T0))));
        return this;
    }

    Yard child(String id, String parentId, Map<String, String> labels, String... tags) {
        images.put(id, new ImageBlueprint(id, List.of(tags), List.of(), 30, T0, labels,
                List.of(new Layer(parentId, "COPY busybox", 10, T0), new Layer(id, "RUN echo", 20, T0))));
        return this;
    }

    Yard untag(String id) {
        ImageBlueprint i = images.get(id);
        images.put(id, new ImageBlueprint(id, List.of(), List.of(), i.size(), i.created(), i.labels(), i.layers()));
        return this;
    }

    Yard container(String id, String name, String imageId, ContainerState state, long pid, int hostPort,
                   Map<String, String> labels, long writable) {
        List<PortBinding> ports = hostPort > 0 ? List.of(new PortBinding("0.0.0.0", hostPort, 80, "tcp")) : List.of();
        containers.put(id, new ContainerInstance(id, name, imageId, imageId, "sh", state, state.engineName(), 0,
                T0, null, null, pid, ports, List.of(), List.of(), labels, List.of(), "", writable));
        return this;
    }

    Yard running(String id, String name, String imageId) {
        return container(id, name, imageId, ContainerState.RUNNING, 100 + containers.size(), 0, Map.of(), 0);
    }

    Yard remove(String id) {
        containers.remove(id);
        return this;
    }

    ContainerInstance get(String id) {
        return containers.get(id);
    }

    private io.dockyard.model.Catalogs catalogs() {
        List<io.dockyard.model.EngineObject> all = new java.util.ArrayList<>(images.values());
        all.addAll(containers.values());
        return io.dockyard.model.Catalogs.of(all);
    }

    EngineState state() {
        revision++;
        return new EngineState(revision, catalogs(), new Connection(Connection.Status.LIVE, "unix:///x", "", ""),
                EngineInfo.UNKNOWN, T0, 0, List.of());
    }

    static EngineEvent.ContainerChanged event(EngineEvent.ContainerAction action, ContainerInstance c) {
        return new EngineEvent.ContainerChanged(action, c.id(), T0, 0, Map.of("name", c.name()), c);
    }
}
