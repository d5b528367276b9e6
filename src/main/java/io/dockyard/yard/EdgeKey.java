package io.dockyard.yard;

import io.dockyard.model.ObjectRef;

/**
 * Names one link on the yard: from which object, to which, and what the link means. A container
 * has one link to its image, one per volume mount and one per network attachment; a Swarm task
 * one to its service and, when this engine holds the container that runs it, one to that.
 *
 * @param from  the container, or the task
 * @param to    its image, the volume it mounts, the network it is attached to; the task's service or container
 * @param kind  what the link means
 * @param place what tells two links of the same pair apart: the mount path; empty otherwise
 */
public record EdgeKey(ObjectRef from, ObjectRef to, Kind kind, String place) {
    /** What a link means, and the style class it is drawn with. */
    public enum Kind {
        IMAGE("link"), MOUNT("mount"), ATTACHMENT("attachment"),
        /** a Swarm task to its service */
        REPLICA("task-link"),
        /** a Swarm task to the container that runs it */
        RUNS("runs");

        private final String styleClass;

        Kind(String styleClass) {
            this.styleClass = styleClass;
        }

        public String styleClass() {
            return styleClass;
        }
    }

    public EdgeKey {
        place = place == null ? "" : place;
    }
}
