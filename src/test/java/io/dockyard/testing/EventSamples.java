package io.dockyard.testing;

import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ConnectionLost;
import io.dockyard.model.EngineEvent.ConnectionRestored;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.EngineSilent;
import io.dockyard.model.EngineEvent.ImageAction;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.EngineEvent.Inspected;
import io.dockyard.model.EngineEvent.NoEngine;
import io.dockyard.model.EngineEvent.Listed;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineEvent.Resync;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.model.EngineId;
import io.dockyard.model.Kind;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.VolumeRecord;
import io.dockyard.model.EngineInfo;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.dockyard.testing.ModelFixtures.T0;
import static io.dockyard.testing.ModelFixtures.container;
import static io.dockyard.testing.ModelFixtures.containerId;
import static io.dockyard.testing.ModelFixtures.event;
import static io.dockyard.testing.ModelFixtures.image;
import static io.dockyard.testing.ModelFixtures.imageId;

/**
 * One event of every kind {@link EngineEvent} permits, each one that changes an empty model, so
 * that a test can check every consumer handles every kind. {@link #oneOfEach()} fails, naming the
 * kind, when a new event record has no sample here yet.
 */
public final class EventSamples {
    public static final String ENDPOINT = "unix:///var/run/docker.sock";
    /** The one object in {@link #seed()}, which the {@code Removed} sample removes. */
    public static final String SEED_VOLUME = "seed-data";

    private EventSamples() {
    }

    /** What the model holds before a sample is applied: one volume, so that removing has something to remove. */
    public static EngineEvent seed() {
        return new Upserted(T0, List.of(volume(SEED_VOLUME)));
    }

    public static VolumeRecord volume(String name) {
        return new VolumeRecord(name, "local", "/var/lib/docker/volumes/" + name + "/_data", T0, Map.of(), "local",
                VolumeRecord.SIZE_UNKNOWN);
    }

    public static NetworkRecord network(String name) {
        return new NetworkRecord(ModelFixtures.hex64("n-" + name), name, "bridge", "local", false, T0, Map.of(),
                List.of("172.20.0.0/16"));
    }

    /** One sample per permitted subclass of {@link EngineEvent}, keyed by that subclass. */
    public static Map<Class<?>, EngineEvent> oneOfEach() {
        Map<Class<?>, EngineEvent> samples = new LinkedHashMap<>();
        for (EngineEvent e : List.of(
                event(ContainerAction.CREATE, containerId(1), T0, "name", "web-1"),
                new ImageChanged(ImageAction.PULL, "base:1", T0, ModelFixtures.nanos(T0),
                        List.of(image(imageId(1), "base:1"))),
                new Inspected(T0, List.of(container(containerId(2), "db-1", imageId(1), ContainerState.RUNNING, 0, T0)),
                        null),
                new EngineSilent(T0.plusSeconds(5), T0),
                new ConnectionLost(T0, "the socket closed"),
                new ConnectionRestored(T0, new EngineInfo("27.3.1", "1.47", "linux", "yard-host"), ENDPOINT,
                        "default socket"),
                new NoEngine(T0, "nothing answered", List.of(ENDPOINT)),
                new Resync(T0, List.of(image(imageId(1), "base:1"), image(imageId(2), "app:1")),
                        List.of(container(containerId(3), "web-2", imageId(2), ContainerState.EXITED, 137, T0))),
                new Observed(EngineId.UNKNOWN.ref(Kind.VOLUME, "shop-data"), "create", Map.of("driver", "local"), T0,
                        ModelFixtures.nanos(T0)),
                new Listed(T0, Kind.VOLUME, List.of(volume("shop-data"))),
                new Upserted(T0, List.of(network("shop-net"))),
                new Removed(T0, Kind.VOLUME, List.of(SEED_VOLUME)))) {
            samples.put(e.getClass(), e);
        }
        Set<String> missing = Arrays.stream(EngineEvent.class.getPermittedSubclasses())
                .filter(kind -> !samples.containsKey(kind))
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw new AssertionError("EventSamples has no sample of " + missing
                    + ": add one there, so that the tests over every event kind cover it");
        }
        return samples;
    }
}
