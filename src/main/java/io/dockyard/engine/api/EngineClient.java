package io.dockyard.engine.api;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineInfo;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Kind;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.model.VolumeRecord;

import java.io.Closeable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the feed needs from one engine: who it is, its event stream, and a listing and an
 * inspection per kind, all as Dockyard's own values. The docker adapter implements it; tests pass
 * a fake. Calls block and throw a {@link RuntimeException} with the engine's words when the engine
 * cannot answer; an object that is gone is an empty answer, not a failure.
 */
public interface EngineClient extends AutoCloseable {

    /** {@code docker version} and {@code docker info}: what the engine says about itself, and its clock. */
    About about();

    /**
     * Subscribes to the engine's events from {@code since} on ({@code docker events --since}).
     * The sink is called on the client's own thread; closing the subscription ends it.
     */
    Closeable events(Instant since, EventSink sink);

    /** Every image, intermediate ones included, with its layers ({@code docker images -a}). */
    List<ImageBlueprint> images();

    /** Every container as the listing gives it ({@code docker ps -a}), without inspecting each. */
    List<ContainerInstance> containers();

    /**
     * Inspects the given containers; the ones that are gone are left out. With {@code withSize}
     * the engine also measures each writable layer, which can take long.
     */
    Map<String, ContainerInstance> inspectContainers(Collection<String> ids, boolean withSize);

    /** Every volume ({@code docker volume ls}); sizes are unknown here. */
    List<VolumeRecord> volumes();

    /** {@code docker volume inspect NAME}, or empty when there is no such volume. */
    Optional<VolumeRecord> volume(String name);

    /** Every network ({@code docker network ls}). */
    List<NetworkRecord> networks();

    /** {@code docker network inspect ID}, or empty when there is no such network. */
    Optional<NetworkRecord> network(String id);

    /**
     * Every volume with the bytes it holds, from {@code GET /system/df} ({@code docker system df -v}).
     * The engine walks each volume's files for this: it can take seconds, so ask rarely.
     */
    List<VolumeRecord> volumeSizes();

    /** Whether the engine is in a swarm and manages it ({@code docker info}); not in one where the engine does not say. */
    default SwarmMembership swarm() {
        return SwarmMembership.NONE;
    }

    /** Every node of the swarm ({@code docker node ls}); a manager only, others refuse. */
    default List<SwarmNode> nodes() {
        return List.of();
    }

    /** {@code docker node inspect ID}, or empty when the swarm has no such node. */
    default Optional<SwarmNode> node(String id) {
        return Optional.empty();
    }

    /** Every service ({@code docker service ls}); a manager only. */
    default List<SwarmService> services() {
        return List.of();
    }

    /** {@code docker service inspect ID}, or empty when there is no such service. */
    default Optional<SwarmService> service(String id) {
        return Optional.empty();
    }

    /**
     * Every task the swarm holds, the shut-down and finished ones it keeps as history among them
     * ({@code GET /tasks}, what {@code docker service ps} reads); a manager only. One request.
     */
    default List<SwarmTask> tasks() {
        return List.of();
    }

    /** A health ping, answered within about a second; true when the engine answered. Never throws. */
    boolean ping();

    /** Closes the connections; a subscription still open ends with an error. Never throws. */
    @Override
    void close();

    /**
     * What the engine says about itself.
     *
     * @param info       version, API, OS and name, and the engine's own id
     * @param engineTime the engine's clock now, which the first subscription starts from
     */
    record About(EngineInfo info, Instant engineTime) {
    }

    /**
     * One event off the stream, reduced to what the feed reads.
     *
     * @param kind       the kind of object it is about
     * @param id         the object's id (a volume's name)
     * @param action     the engine's verb, without detail: {@code health_status}, not {@code health_status: healthy}
     * @param attributes the event's attributes, with {@code healthStatus} added for health events
     * @param time       engine time
     * @param timeNano   engine time in nanoseconds
     */
    record RawEvent(Kind kind, String id, String action, Map<String, String> attributes, Instant time,
                    long timeNano) {
        public RawEvent {
            attributes = Map.copyOf(attributes);
        }

        public String attribute(String key) {
            return attributes.getOrDefault(key, "");
        }
    }

    /** Receives the event stream. */
    interface EventSink {
        void onEvent(RawEvent event);

        /** The stream broke. */
        void onError(Throwable failure);

        /** The engine closed the stream. */
        void onEnd();
    }
}
