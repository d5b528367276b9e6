package io.dockyard.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable picture of the engine at one moment. Each change makes a new state with the
 * revision one higher, so a view can tell at a glance whether it is behind.
 *
 * @param revision      bumped on every reduction
 * @param objects       one catalog per kind: images and containers by full id, volumes by name …
 * @param connection    how Dockyard is connected
 * @param engine        what the engine says about itself
 * @param lastEventTime engine time of the newest event seen, or null
 * @param lastEventNano the same in nanoseconds, 0 when none
 * @param noEngineTried where the feed looked when no engine answered
 */
public record EngineState(long revision, Catalogs objects, Connection connection, EngineInfo engine,
                          Instant lastEventTime, long lastEventNano, List<String> noEngineTried) {

    public EngineState {
        noEngineTried = List.copyOf(noEngineTried);
    }

    public static EngineState empty(Connection connection) {
        return new EngineState(0, Catalogs.EMPTY, connection, EngineInfo.UNKNOWN, null, 0, List.of());
    }

    /** Images by full id. */
    public Map<String, ImageBlueprint> images() {
        return objects.of(Kind.IMAGE, ImageBlueprint.class);
    }

    /** Containers by full id. */
    public Map<String, ContainerInstance> containers() {
        return objects.of(Kind.CONTAINER, ContainerInstance.class);
    }

    /** Volumes by name. */
    public Map<String, VolumeRecord> volumes() {
        return objects.of(Kind.VOLUME, VolumeRecord.class);
    }

    /** Networks by full id, the default {@code bridge}, {@code host} and {@code none} among them. */
    public Map<String, NetworkRecord> networks() {
        return objects.of(Kind.NETWORK, NetworkRecord.class);
    }

    /** Swarm nodes by id; empty unless the engine is a swarm manager. */
    public Map<String, SwarmNode> nodes() {
        return objects.of(Kind.NODE, SwarmNode.class);
    }

    /** Swarm services by id; empty unless the engine is a swarm manager. */
    public Map<String, SwarmService> services() {
        return objects.of(Kind.SERVICE, SwarmService.class);
    }

    /** Swarm tasks by id, the ones the swarm keeps as history among them; empty unless the engine is a manager. */
    public Map<String, SwarmTask> tasks() {
        return objects.of(Kind.TASK, SwarmTask.class);
    }

    /** The tasks of one service, by slot and then newest first, as {@code docker service ps} lists them. */
    public List<SwarmTask> tasksOf(String serviceId) {
        return tasks().values().stream().filter(t -> t.serviceId().equals(serviceId))
                .sorted(Comparator.comparingInt(SwarmTask::slot)
                        .thenComparing(SwarmTask::timestamp, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(SwarmTask::id))
                .toList();
    }

    /** A service by full id, name or an id prefix only one service has, as the docker CLI finds them. */
    public Optional<SwarmService> findService(String idOrName) {
        return SwarmLookup.find(services(), idOrName, SwarmService::name);
    }

    /** A node by full id, hostname (when only one node has it) or an id prefix only one node has. */
    public Optional<SwarmNode> findNode(String idOrHostname) {
        return SwarmLookup.find(nodes(), idOrHostname, SwarmNode::hostname);
    }

    /** The engine this state describes. */
    public EngineId engineId() {
        return new EngineId(engine.id(), engine.name());
    }

    /** The object a reference names, if this state holds it. */
    public Optional<EngineObject> find(ObjectRef ref) {
        return Optional.ofNullable(objects.any(ref.kind()).get(ref.id()));
    }

    public Optional<VolumeRecord> volume(String name) {
        return Optional.ofNullable(volumes().get(name));
    }

    public Optional<NetworkRecord> network(String id) {
        return Optional.ofNullable(networks().get(id));
    }

    /** A network by full id, name or an id prefix only one network has, as the docker CLI finds them. */
    public Optional<NetworkRecord> findNetwork(String idOrName) {
        if (idOrName == null || idOrName.isEmpty()) {
            return Optional.empty();
        }
        NetworkRecord exact = networks().get(idOrName);
        if (exact != null) {
            return Optional.of(exact);
        }
        Optional<NetworkRecord> named = networks().values().stream().filter(n -> n.name().equals(idOrName)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        List<NetworkRecord> prefixed = networks().values().stream()
                .filter(n -> n.id().startsWith(idOrName)).limit(2).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }

    /** The same state with other catalogs. */
    public EngineState withObjects(Catalogs newObjects) {
        return new EngineState(revision, newObjects, connection, engine, lastEventTime, lastEventNano, noEngineTried);
    }

    public Optional<ImageBlueprint> image(String id) {
        return Optional.ofNullable(images().get(id));
    }

    public Optional<ContainerInstance> container(String id) {
        return Optional.ofNullable(containers().get(id));
    }

    /** Containers made from the given image, oldest first. */
    public List<ContainerInstance> containersOf(String imageId) {
        return containers().values().stream()
                .filter(c -> c.imageId().equals(imageId))
                .sorted(Comparator.comparing(ContainerInstance::created, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(ContainerInstance::id))
                .toList();
    }

    /** Images sorted the way the yard shows them: tagged before untagged, tagged ones by name, then by id. */
    public List<ImageBlueprint> sortedImages() {
        return images().values().stream()
                .sorted(Comparator.comparing(ImageBlueprint::isUntagged)
                        .thenComparing(i -> i.isUntagged() ? "" : i.displayName())
                        .thenComparing(ImageBlueprint::id))
                .toList();
    }

    /**
     * The same state without intermediate images: untagged images that are only the steps of
     * another image's build and that no container uses. {@code docker images} hides them too
     * ({@code docker images -a} shows them); the model keeps them so it equals the engine.
     */
    public EngineState withoutIntermediates() {
        Map<String, ImageBlueprint> images = images();
        Set<String> ancestors = new HashSet<>();
        for (ImageBlueprint image : images.values()) {
            image.layers().forEach(l -> {
                if (!l.id().equals(image.id())) {
                    ancestors.add(l.id());
                }
            });
        }
        Set<String> used = new HashSet<>();
        containers().values().forEach(c -> used.add(c.imageId()));
        List<ImageBlueprint> shown = new ArrayList<>();
        images.forEach((id, image) -> {
            if (!image.isUntagged() || !ancestors.contains(id) || used.contains(id)) {
                shown.add(image);
            }
        });
        if (shown.size() == images.size()) {
            return this;
        }
        return withObjects(objects.toBuilder().replace(Kind.IMAGE, shown).build());
    }

    /** Finds an image by full id, short id, any of its tags ({@code web} means {@code web:latest}) or a digest. */
    public Optional<ImageBlueprint> findImage(String reference) {
        if (reference == null || reference.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ImageBlueprint> images = images();
        ImageBlueprint exact = images.get(reference);
        if (exact != null) {
            return Optional.of(exact);
        }
        if (reference.contains("@")) {
            return images.values().stream().filter(i -> i.digests().contains(reference)).findFirst();
        }
        String withTag = hasTag(reference) ? reference : reference + ":latest";
        return images.values().stream()
                .filter(i -> i.repoTags().contains(withTag) || i.shortId().equals(Ids.shortId(reference)))
                .findFirst();
    }

    /** A tag follows the last colon, unless a slash comes after it: {@code localhost:5000/web} has none. */
    private static boolean hasTag(String reference) {
        return reference.lastIndexOf(':') > reference.lastIndexOf('/');
    }

    /**
     * Finds a container as the docker CLI does: by full id, then by name, then by an id prefix
     * that only one container has.
     */
    public Optional<ContainerInstance> findContainer(String idOrName) {
        if (idOrName == null || idOrName.isEmpty()) {
            return Optional.empty();
        }
        Map<String, ContainerInstance> containers = containers();
        ContainerInstance exact = containers.get(idOrName);
        if (exact != null) {
            return Optional.of(exact);
        }
        String name = idOrName.startsWith("/") ? idOrName.substring(1) : idOrName;
        Optional<ContainerInstance> named = containers.values().stream().filter(c -> c.name().equals(name)).findFirst();
        if (named.isPresent()) {
            return named;
        }
        List<ContainerInstance> prefixed = containers.values().stream()
                .filter(c -> c.id().startsWith(idOrName)).limit(2).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }
}
