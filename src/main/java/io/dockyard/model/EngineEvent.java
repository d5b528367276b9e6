package io.dockyard.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything that changes Dockyard's model of the engine. The feed turns the engine's listing and
 * event stream into these; {@link EngineReducer} applies them.
 *
 * <p>Code that handles every kind of event dispatches through {@link #accept(Visitor)} rather than
 * a chain of {@code instanceof}: Java 17 does not check such a chain for exhaustiveness, while a new
 * event record added here means a new method in {@link Visitor}, and so a compile error in every
 * visitor until it says what the new event means.
 */
public sealed interface EngineEvent {

    /** When it happened, by the engine's clock where the engine said. */
    Instant time();

    /**
     * Hands this event to the visitor's method for its own type.
     *
     * @param visitor what to do with each kind of event
     * @param <R>     what the visitor makes of an event
     * @return what the visitor made of this event
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of event, so that the compiler checks that a consumer handles them all.
     * Each record's {@code accept} calls the method named after it.
     *
     * @param <R> what the visitor makes of an event ({@code Void} when it only acts)
     */
    interface Visitor<R> {
        R visitContainerChanged(ContainerChanged event);

        R visitImageChanged(ImageChanged event);

        R visitInspected(Inspected event);

        R visitEngineSilent(EngineSilent event);

        R visitConnectionLost(ConnectionLost event);

        R visitConnectionRestored(ConnectionRestored event);

        R visitNoEngine(NoEngine event);

        R visitResync(Resync event);

        R visitObserved(Observed event);

        R visitListed(Listed event);

        R visitUpserted(Upserted event);

        R visitRemoved(Removed event);
    }

    /** Container actions Docker reports on its event stream. */
    enum ContainerAction {
        CREATE, START, DIE, STOP, PAUSE, UNPAUSE, KILL, RESTART, OOM, RENAME, DESTROY, HEALTH_STATUS,
        /** a process started by {@code docker exec} ended; its attribute {@code exitCode} says how */
        EXEC_DIE,
        /** anything else that may change details (commit, update, network connect …) */
        OTHER
    }

    /** Image actions Docker reports on its event stream. */
    enum ImageAction { PULL, TAG, UNTAG, DELETE, IMPORT, LOAD, BUILD, PRUNE, OTHER }

    /**
     * A container changed.
     *
     * @param action      what the engine reported
     * @param containerId full id
     * @param time        engine time of the event
     * @param timeNano    engine time in nanoseconds, for latency measurement
     * @param attributes  the event's attributes (name, image, exitCode, signal …)
     * @param details     the container as inspected after the event, or null when it could not be
     *                    inspected (already gone) or was not asked for
     */
    record ContainerChanged(ContainerAction action, String containerId, Instant time, long timeNano,
                            Map<String, String> attributes, ContainerInstance details) implements EngineEvent {
        public ContainerChanged {
            attributes = Map.copyOf(attributes);
        }

        public String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitContainerChanged(this);
        }
    }

    /**
     * An image changed. Image events can touch more than the image they name (removing a tag can
     * delete untagged parents, a build adds intermediates), so the feed lists the images again and
     * hands over the whole list.
     *
     * @param action    what the engine reported
     * @param reference the image id or the reference the event names
     * @param time      engine time of the event
     * @param timeNano  engine time in nanoseconds
     * @param imagesNow every image after the event, or null when the listing failed
     */
    record ImageChanged(ImageAction action, String reference, Instant time, long timeNano,
                        List<ImageBlueprint> imagesNow) implements EngineEvent {
        public ImageChanged {
            imagesNow = imagesNow == null ? null : List.copyOf(imagesNow);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitImageChanged(this);
        }
    }

    /**
     * Details the feed fetched after events it has already passed on: containers as inspected,
     * and the image list when an image event asked for it. Not an engine event; it moves no
     * "last event" time and is not shown in the event feed.
     *
     * @param containers containers as inspected, each newer than every event about it so far
     * @param images     every image now, or null when no image event asked for a listing
     */
    record Inspected(Instant time, List<ContainerInstance> containers, List<ImageBlueprint> images)
            implements EngineEvent {
        public Inspected {
            containers = List.copyOf(containers);
            images = images == null ? null : List.copyOf(images);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInspected(this);
        }
    }

    /**
     * The connection is open but the engine has not answered the feed's health ping since
     * {@code since}; a {@link ConnectionRestored} follows once it answers again.
     */
    record EngineSilent(Instant time, Instant since) implements EngineEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitEngineSilent(this);
        }
    }

    /** The connection to the engine broke; the feed is trying again. */
    record ConnectionLost(Instant time, String reason) implements EngineEvent {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConnectionLost(this);
        }
    }

    /**
     * The engine answers again (or for the first time).
     *
     * @param endpoint the address that answered
     * @param source   which setting chose that address
     * @param reason   why that setting won
     */
    record ConnectionRestored(Instant time, EngineInfo engine, String endpoint, String source, String reason)
            implements EngineEvent {
        public ConnectionRestored(Instant time, EngineInfo engine, String endpoint, String source) {
            this(time, engine, endpoint, source, "");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConnectionRestored(this);
        }
    }

    /** No engine could be reached at all; {@code tried} says where we looked. */
    record NoEngine(Instant time, String reason, List<String> tried) implements EngineEvent {
        public NoEngine {
            tried = List.copyOf(tried);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNoEngine(this);
        }
    }

    /**
     * A full listing that replaces whatever the model held of each kind it lists: sent at connect
     * and after every reconnect.
     *
     * @param listings every object of each kind listed, by kind; a kind not in it is left as it was
     */
    record Resync(Instant time, Map<Kind, List<EngineObject>> listings) implements EngineEvent {
        public Resync {
            Map<Kind, List<EngineObject>> copy = new java.util.EnumMap<>(Kind.class);
            listings.forEach((kind, objects) -> copy.put(kind, List.copyOf(objects)));
            listings = java.util.Collections.unmodifiableMap(copy);
        }

        /** A listing of images and containers only. */
        public Resync(Instant time, List<ImageBlueprint> images, List<ContainerInstance> containers) {
            this(time, Map.of(Kind.IMAGE, List.copyOf(images), Kind.CONTAINER, List.copyOf(containers)));
        }

        public List<ImageBlueprint> images() {
            return listed(Kind.IMAGE, ImageBlueprint.class);
        }

        public List<ContainerInstance> containers() {
            return listed(Kind.CONTAINER, ContainerInstance.class);
        }

        /** The objects listed of one kind, empty when the kind was not listed. */
        public <T extends EngineObject> List<T> listed(Kind kind, Class<T> type) {
            return listings.getOrDefault(kind, List.of()).stream().map(type::cast).toList();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitResync(this);
        }
    }

    /**
     * An engine event about an object of a kind whose events say nothing the model can apply by
     * themselves (a volume's create or destroy, a network's connect): the feed follows it with
     * {@link Upserted} or {@link Removed} as it fetches the object, and the event feed and lessons
     * see it here.
     *
     * @param ref        the object the event names
     * @param action     the engine's verb: {@code create}, {@code destroy}, {@code connect} …
     * @param attributes the event's attributes
     * @param time       engine time
     * @param timeNano   engine time in nanoseconds
     */
    record Observed(ObjectRef ref, String action, Map<String, String> attributes, Instant time, long timeNano)
            implements EngineEvent {
        public Observed {
            attributes = Map.copyOf(attributes);
        }

        public String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitObserved(this);
        }
    }

    /**
     * Every object of one kind, as the engine just listed it: replaces that kind's catalog.
     * Not an engine event; moves no "last event" time.
     */
    record Listed(Instant time, Kind kind, List<EngineObject> objects) implements EngineEvent {
        public Listed {
            objects = List.copyOf(objects);
            for (EngineObject o : objects) {
                if (o.kind() != kind) {
                    throw new IllegalArgumentException("a " + o.kind() + " listed as " + kind);
                }
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitListed(this);
        }
    }

    /** Objects as the feed just fetched them, each added or put in place of the one with its id. */
    record Upserted(Instant time, List<EngineObject> objects) implements EngineEvent {
        public Upserted {
            objects = List.copyOf(objects);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUpserted(this);
        }
    }

    /** Objects the engine no longer has. */
    record Removed(Instant time, Kind kind, List<String> ids) implements EngineEvent {
        public Removed {
            ids = List.copyOf(ids);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRemoved(this);
        }
    }
}
