package io.dockyard.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
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
 * @param images        by full id
 * @param containers    by full id
 * @param connection    how Dockyard is connected
 * @param engine        what the engine says about itself
 * @param lastEventTime engine time of the newest event seen, or null
 * @param lastEventNano the same in nanoseconds, 0 when none
 * @param noEngineTried where the feed looked when no engine answered
 */
public record EngineState(long revision, Map<String, ImageBlueprint> images,
                          Map<String, ContainerInstance> containers, Connection connection, EngineInfo engine,
                          Instant lastEventTime, long lastEventNano, List<String> noEngineTried) {

    public EngineState {
        images = Map.copyOf(images);
        containers = Map.copyOf(containers);
        noEngineTried = List.copyOf(noEngineTried);
    }

    public static EngineState empty(Connection connection) {
        return new EngineState(0, Map.of(), Map.of(), connection, EngineInfo.UNKNOWN, null, 0, List.of());
    }

    public Optional<ImageBlueprint> image(String id) {
        return Optional.ofNullable(images.get(id));
    }

    public Optional<ContainerInstance> container(String id) {
        return Optional.ofNullable(containers.get(id));
    }

    /** Containers made from the given image, oldest first. */
    public List<ContainerInstance> containersOf(String imageId) {
        return containers.values().stream()
                .filter(c -> c.imageId().equals(imageId))
                .sorted(Comparator.comparing(ContainerInstance::created, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(ContainerInstance::id))
                .toList();
    }

    /** Images sorted the way the yard shows them: tagged before untagged, then by name, then id. */
    public List<ImageBlueprint> sortedImages() {
        return images.values().stream()
                .sorted(Comparator.comparing(ImageBlueprint::isUntagged)
                        .thenComparing(ImageBlueprint::displayName)
                        .thenComparing(ImageBlueprint::id))
                .toList();
    }

    /**
     * The same state without intermediate images: untagged images that are only the steps of
     * another image's build and that no container uses. {@code docker images} hides them too
     * ({@code docker images -a} shows them); the model keeps them so it equals the engine.
     */
    public EngineState withoutIntermediates() {
        Set<String> ancestors = new HashSet<>();
        for (ImageBlueprint image : images.values()) {
            image.layers().forEach(l -> {
                if (!l.id().equals(image.id())) {
                    ancestors.add(l.id());
                }
            });
        }
        Set<String> used = new HashSet<>();
        containers.values().forEach(c -> used.add(c.imageId()));
        Map<String, ImageBlueprint> shown = new HashMap<>();
        images.forEach((id, image) -> {
            if (!image.isUntagged() || !ancestors.contains(id) || used.contains(id)) {
                shown.put(id, image);
            }
        });
        if (shown.size() == images.size()) {
            return this;
        }
        return new EngineState(revision, shown, containers, connection, engine, lastEventTime, lastEventNano,
                noEngineTried);
    }

    /** Finds an image by full id, short id, any of its tags ({@code web} means {@code web:latest}) or a digest. */
    public Optional<ImageBlueprint> findImage(String reference) {
        if (reference == null || reference.isEmpty()) {
            return Optional.empty();
        }
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
