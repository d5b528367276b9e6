package io.dockyard.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * A Swarm service: the desired state (an image, so many replicas) that the swarm keeps true by
 * running tasks, as {@code docker service ls} and {@code docker service inspect} show it.
 *
 * @param id            the swarm's id for the service (25 lowercase letters and digits)
 * @param name          its name
 * @param image         the image reference its tasks run, as the spec holds it (often with {@code @sha256:…})
 * @param mode          replicated (so many tasks) or global (one task per node)
 * @param replicas      how many tasks a replicated service wants; 0 for a global one
 * @param updateState   the state of the last update: empty when never updated, else {@code updating},
 *                      {@code paused}, {@code completed}, {@code rollback_started} …
 * @param updateMessage the engine's words about that update, or empty
 * @param labels        the service's own labels
 * @param created       when it was made, or null
 * @param updated       when its spec last changed, or null
 */
public record SwarmService(String id, String name, String image, Mode mode, long replicas, String updateState,
                           String updateMessage, Map<String, String> labels, Instant created, Instant updated)
        implements EngineObject {
    public SwarmService {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        image = image == null ? "" : image;
        mode = mode == null ? Mode.REPLICATED : mode;
        replicas = mode == Mode.GLOBAL ? 0 : Math.max(0, replicas);
        updateState = updateState == null ? "" : updateState;
        updateMessage = updateMessage == null ? "" : updateMessage;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    @Override
    public Kind kind() {
        return Kind.SERVICE;
    }

    /** The image without the digest the engine pins it to: {@code web:2}, as {@code docker service ls} shows it. */
    public String imageName() {
        int at = image.indexOf('@');
        return at < 0 ? image : image.substring(0, at);
    }

    /** Whether an update is under way (or stopped part way), as opposed to done or never begun. */
    public boolean isUpdating() {
        return updateState.equals("updating") || updateState.equals("rollback_started")
                || updateState.equals("paused") || updateState.equals("rollback_paused");
    }

    /** How a service places its tasks. */
    public enum Mode {
        REPLICATED, GLOBAL;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
