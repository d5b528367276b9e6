package io.dockyard.engine;

import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ImageAction;
import io.dockyard.model.Kind;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the engine's raw events: which kind and object they touch and what the engine's verb is.
 * Events that change nothing we draw (attach, resize, top …) and events of kinds Dockyard does not
 * know (daemon, plugin, builder …) are dropped here. What each event means is the sources' business.
 */
final class EventTranslator {
    private static final Set<String> CONTAINER_NOISE = Set.of("attach", "detach", "resize", "top", "export",
            "archive-path", "exec_create", "exec_start", "exec_detach");
    private static final Map<EventType, Kind> KINDS = Map.of(EventType.CONTAINER, Kind.CONTAINER,
            EventType.IMAGE, Kind.IMAGE, EventType.VOLUME, Kind.VOLUME, EventType.NETWORK, Kind.NETWORK,
            EventType.SERVICE, Kind.SERVICE, EventType.NODE, Kind.NODE);

    private EventTranslator() {
    }

    /** Null when the event does not concern the model. */
    static RawEvent read(Event e) {
        String action = e.getAction() != null ? e.getAction() : e.getStatus();
        Kind kind = e.getType() == null ? null : KINDS.get(e.getType());
        if (action == null || kind == null) {
            return null;
        }
        Map<String, String> attributes = new HashMap<>();
        if (e.getActor() != null && e.getActor().getAttributes() != null) {
            e.getActor().getAttributes().forEach((k, v) -> {
                if (k != null && v != null) {
                    attributes.put(k, v);
                }
            });
        }
        String id = e.getActor() != null && e.getActor().getId() != null ? e.getActor().getId() : e.getId();
        long nano = e.getTimeNano() != null ? e.getTimeNano() : (e.getTime() == null ? 0 : e.getTime() * 1_000_000_000L);
        String verb = action.contains(":") ? action.substring(0, action.indexOf(':')).trim() : action;
        if (kind == Kind.CONTAINER && CONTAINER_NOISE.contains(verb)) {
            return null;
        }
        if (kind == Kind.CONTAINER && verb.equals("health_status")) {
            attributes.put("healthStatus", action.substring(action.indexOf(':') + 1).trim());
        }
        return new RawEvent(kind, id == null ? "" : id, verb, attributes, Instant.ofEpochSecond(0, nano), nano);
    }

    static ContainerAction containerAction(String verb) {
        return switch (verb) {
            case "create" -> ContainerAction.CREATE;
            case "start" -> ContainerAction.START;
            case "die" -> ContainerAction.DIE;
            case "stop" -> ContainerAction.STOP;
            case "pause" -> ContainerAction.PAUSE;
            case "unpause" -> ContainerAction.UNPAUSE;
            case "kill" -> ContainerAction.KILL;
            case "restart" -> ContainerAction.RESTART;
            case "oom" -> ContainerAction.OOM;
            case "rename" -> ContainerAction.RENAME;
            case "destroy" -> ContainerAction.DESTROY;
            case "health_status" -> ContainerAction.HEALTH_STATUS;
            case "exec_die" -> ContainerAction.EXEC_DIE;
            default -> ContainerAction.OTHER;
        };
    }

    static ImageAction imageAction(String verb) {
        try {
            return ImageAction.valueOf(verb.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException other) {
            return ImageAction.OTHER;
        }
    }
}
