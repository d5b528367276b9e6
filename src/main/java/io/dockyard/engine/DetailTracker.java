package io.dockyard.engine;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineEvent.Inspected;
import io.dockyard.model.ImageBlueprint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which details to fetch after events and which fetched details are still true.
 *
 * <p>Every event gets a sequence number. A container touched by an event is wanted; a fetch takes
 * the wanted set with each container's newest sequence number. When the answer comes back, a
 * container whose newest event is still the one the fetch saw gets its details; one that has had
 * an event since is wanted again, so a slow answer never paints over a newer event, and a
 * container destroyed meanwhile never comes back. A resync starts a new generation and voids
 * every fetch in flight. The first fetch after a resync leaves writable-layer sizes out, which the
 * engine measures by walking files, so PIDs and times come quickly; its containers are then wanted
 * again with their sizes. Used by one thread only.
 */
final class DetailTracker {
    private long sequence;
    private long generation;
    private final Map<String, Long> newestEvent = new HashMap<>();
    private final Map<String, Long> wanted = new LinkedHashMap<>();
    private long imagesWantedAt = -1;
    private long newestImageEvent = -1;
    private boolean fetching;
    private boolean sizesLater;

    /**
     * What to fetch: containers with the sequence number each was wanted at, whether to measure
     * their writable layers, and whether to list images.
     */
    record Request(long generation, Map<String, Long> containers, boolean sizes, long imagesAt) {
        boolean wantsImages() {
            return imagesAt >= 0;
        }
    }

    /** Notes one event about a container. */
    void containerEvent(String id, boolean destroyed) {
        long seq = ++sequence;
        if (destroyed) {
            newestEvent.remove(id);
            wanted.remove(id);
        } else {
            newestEvent.put(id, seq);
            wanted.put(id, seq);
        }
    }

    /** Notes one event that may have changed the images. */
    void imageEvent() {
        newestImageEvent = ++sequence;
        imagesWantedAt = newestImageEvent;
    }

    /** A full listing replaced the model: nothing in flight is news any more. */
    void resynced() {
        generation++;
        wanted.clear();
        newestEvent.clear();
        imagesWantedAt = -1;
        newestImageEvent = -1;
        sizesLater = true;
    }

    /** The next fetch to run, unless one is running or nothing is wanted. */
    Optional<Request> nextRequest() {
        if (fetching || wanted.isEmpty() && imagesWantedAt < 0) {
            return Optional.empty();
        }
        fetching = true;
        Request r = new Request(generation, new LinkedHashMap<>(wanted), !sizesLater, imagesWantedAt);
        sizesLater = false;
        wanted.clear();
        imagesWantedAt = -1;
        return Optional.of(r);
    }

    /**
     * Takes a fetch's answer; returns the part that is still true as an event, or empty.
     *
     * @param found  the containers that could be inspected (the others are gone)
     * @param images every image, or null when not asked for or the listing failed
     */
    Optional<Inspected> answered(Request r, Map<String, ContainerInstance> found, List<ImageBlueprint> images,
                                 Instant now) {
        fetching = false;
        if (r.generation() != generation) {
            return Optional.empty();
        }
        List<ContainerInstance> current = new ArrayList<>();
        r.containers().forEach((id, seq) -> {
            ContainerInstance c = found.get(id);
            if (c != null && seq.equals(newestEvent.get(id))) {
                current.add(c);
                if (!r.sizes()) {
                    wanted.putIfAbsent(id, seq); // again, now with its size
                }
            }
        });
        List<ImageBlueprint> currentImages = r.wantsImages() && r.imagesAt() == newestImageEvent ? images : null;
        if (current.isEmpty() && currentImages == null) {
            return Optional.empty();
        }
        return Optional.of(new Inspected(now, current, currentImages));
    }

    /** A fetch failed as a whole (the engine went away): its containers are wanted again. */
    void failed(Request r) {
        fetching = false;
        if (r.generation() == generation) {
            r.containers().forEach(wanted::putIfAbsent);
            if (r.wantsImages() && imagesWantedAt < 0) {
                imagesWantedAt = r.imagesAt();
            }
        }
    }
}
