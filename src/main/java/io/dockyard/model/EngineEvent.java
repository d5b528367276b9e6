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
    }

    /** Container actions Docker reports on its event stream. */
    enum ContainerAction {
        CREATE, START, DIE, STOP, PAUSE, UNPAUSE, KILL, RESTART, OOM, RENAME, DESTROY, HEALTH_STATUS,
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

    /** A full listing that replaces whatever the model held: sent at connect and after every reconnect. */
    record Resync(Instant time, List<ImageBlueprint> images, List<ContainerInstance> containers)
            implements EngineEvent {
        public Resync {
            images = List.copyOf(images);
            containers = List.copyOf(containers);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitResync(this);
        }
    }
}
