package io.dockyard.engine;

import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ImageAction;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the engine's raw events: which object they touch and what they mean for the model.
 * Events that change nothing we draw (attach, resize, top …) are dropped here.
 */
final class EventTranslator {
    private static final Set<String> CONTAINER_NOISE = Set.of("attach", "detach", "resize", "top", "export",
            "archive-path", "exec_create", "exec_start", "exec_detach");
    private static final Set<String> IMAGE_CHANGES_FROM_CONTAINERS = Set.of("commit");

    private EventTranslator() {
    }

    /** A raw event reduced to what the feed needs. */
    record Raw(Kind kind, String objectId, String action, Map<String, String> attributes, Instant time, long timeNano) {
        boolean isContainer() {
            return kind == Kind.CONTAINER;
        }

        boolean isImage() {
            return kind == Kind.IMAGE;
        }

        /** A container event that can also make images (a commit, or a legacy build's step). */
        boolean changesImages() {
            return kind == Kind.IMAGE || kind == Kind.CONTAINER && IMAGE_CHANGES_FROM_CONTAINERS.contains(action);
        }
    }

    enum Kind { CONTAINER, IMAGE }

    /** Null when the event does not concern the model. */
    static Raw read(Event e) {
        String action = e.getAction() != null ? e.getAction() : e.getStatus();
        if (action == null || e.getType() == null) {
            return null;
        }
        Map<String, String> attributes = e.getActor() == null || e.getActor().getAttributes() == null
                ? new HashMap<>() : new HashMap<>(e.getActor().getAttributes());
        String id = e.getActor() != null && e.getActor().getId() != null ? e.getActor().getId() : e.getId();
        long nano = e.getTimeNano() != null ? e.getTimeNano() : (e.getTime() == null ? 0 : e.getTime() * 1_000_000_000L);
        Instant time = Instant.ofEpochSecond(0, nano);
        String verb = action.contains(":") ? action.substring(0, action.indexOf(':')).trim() : action;
        if (e.getType() == EventType.CONTAINER) {
            if (CONTAINER_NOISE.contains(verb)) {
                return null;
            }
            if (verb.equals("health_status")) {
                attributes.put("healthStatus", action.substring(action.indexOf(':') + 1).trim());
            }
            return new Raw(Kind.CONTAINER, id, verb, attributes, time, nano);
        }
        if (e.getType() == EventType.IMAGE) {
            return new Raw(Kind.IMAGE, id, verb, attributes, time, nano);
        }
        if (e.getType() == EventType.NETWORK && (verb.equals("connect") || verb.equals("disconnect"))
                && attributes.containsKey("container")) {
            // the event's "name" is the network's; keep it apart from the container's name
            attributes.put("network", attributes.getOrDefault("name", ""));
            attributes.remove("name");
            return new Raw(Kind.CONTAINER, attributes.get("container"), "network_" + verb, attributes, time, nano);
        }
        return null;
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
