package io.dockyard.engine.api;

/**
 * Whether an engine is in a swarm and whether it manages it, from {@code docker info}'s Swarm
 * section. Only a manager can list nodes, services and tasks.
 *
 * @param nodeId  the engine's node id in the swarm, or empty
 * @param state   {@code inactive}, {@code pending}, {@code active}, {@code error} or {@code locked}
 * @param manager true when the engine is a manager that can answer for the swarm
 */
public record SwarmMembership(String nodeId, String state, boolean manager) {
    /** An engine that is not in a swarm. */
    public static final SwarmMembership NONE = new SwarmMembership("", "inactive", false);

    public SwarmMembership {
        nodeId = nodeId == null ? "" : nodeId;
        state = state == null ? "inactive" : state;
    }

    /** A manager of an active swarm: the engine that lists the swarm's objects and is polled for tasks. */
    public boolean canList() {
        return manager && state.equals("active");
    }
}
