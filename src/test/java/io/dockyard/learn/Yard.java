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
    private final Map<String, io.dockyard.model.EngineObject> wiring = new HashMap<>();
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

    Yard volume(String name) {
        wiring.put("volume " + name, new io.dockyard.model.VolumeRecord(name, "local", "/v/" + name, T0, Map.of(),
                "local", io.dockyard.model.VolumeRecord.SIZE_UNKNOWN));
        return this;
    }

    Yard network(String name) {
        wiring.put("network " + name, new io.dockyard.model.NetworkRecord("net-" + name, name, "bridge", "local",
                false, T0, Map.of(), List.of()));
        return this;
    }

    Yard removeVolume(String name) {
        wiring.remove("volume " + name);
        return this;
    }

    /** The container, as the engine would show it after the given mount was made. */
    Yard mount(String id, String volume, String path) {
        ContainerInstance c = containers.get(id);
        List<io.dockyard.model.MountPoint> mounts = new java.util.ArrayList<>(c.mounts());
        mounts.add(new io.dockyard.model.MountPoint("volume", volume, "/v/" + volume, path, true));
        containers.put(id, new ContainerInstance(c.id(), c.name(), c.imageId(), c.imageRef(), c.command(), c.state(),
                c.status(), c.exitCode(), c.created(), c.started(), c.finished(), c.pid(), c.ports(), mounts,
                c.networks(), c.labels(), c.env(), c.health(), c.writableSize()));
        return this;
    }

    /** The container, attached to the named network. */
    Yard attach(String id, String network) {
        ContainerInstance c = containers.get(id);
        List<io.dockyard.model.Attachment> networks = new java.util.ArrayList<>(c.networks());
        networks.add(new io.dockyard.model.Attachment("net-" + network, network, "172.18.0." + (2 + networks.size()),
                List.of()));
        containers.put(id, new ContainerInstance(c.id(), c.name(), c.imageId(), c.imageRef(), c.command(), c.state(),
                c.status(), c.exitCode(), c.created(), c.started(), c.finished(), c.pid(), c.ports(), c.mounts(),
                networks, c.labels(), c.env(), c.health(), c.writableSize()));
        return this;
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
        all.addAll(wiring.values());
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
