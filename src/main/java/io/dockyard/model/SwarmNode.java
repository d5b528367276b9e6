package io.dockyard.model;

import java.util.Locale;

/**
 * A Swarm node: one engine that has joined the swarm, as {@code docker node ls} shows it. Nodes
 * on one machine often share a hostname, so they are told apart by id.
 *
 * @param id            the swarm's id for the node (25 lowercase letters and digits, not hex)
 * @param hostname      the machine's host name, as the node reported it
 * @param role          manager or worker
 * @param availability  whether the scheduler may place tasks on it: active, pause or drain
 * @param state         ready, down … as the managers last heard from it
 * @param leader        true for the manager that leads the swarm's Raft group
 * @param engineVersion the node's Docker Engine version, {@code 20.10.24}
 * @param address       the address the node is reached at, or empty
 */
public record SwarmNode(String id, String hostname, Role role, Availability availability, State state,
                        boolean leader, String engineVersion, String address) implements EngineObject {
    public SwarmNode {
        id = id == null ? "" : id;
        hostname = hostname == null ? "" : hostname;
        role = role == null ? Role.WORKER : role;
        availability = availability == null ? Availability.ACTIVE : availability;
        state = state == null ? State.UNKNOWN : state;
        engineVersion = engineVersion == null ? "" : engineVersion;
        address = address == null ? "" : address;
    }

    @Override
    public Kind kind() {
        return Kind.NODE;
    }

    public boolean isManager() {
        return role == Role.MANAGER;
    }

    /** The same node with another availability. */
    public SwarmNode withAvailability(Availability next) {
        return new SwarmNode(id, hostname, role, next, state, leader, engineVersion, address);
    }

    /** A node's role in the swarm. */
    public enum Role {
        MANAGER, WORKER;

        /** The engine's word ({@code manager}, {@code worker}); anything else reads as a worker. */
        public static Role fromEngine(String word) {
            return "manager".equalsIgnoreCase(word) ? MANAGER : WORKER;
        }

        /** The engine's and the CLI's word. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the scheduler may place tasks on a node. */
    public enum Availability {
        /** takes new tasks */
        ACTIVE,
        /** keeps its tasks, takes no new ones */
        PAUSE,
        /** its tasks are shut down and placed on other nodes */
        DRAIN;

        /** The engine's word; null or unknown words read as active, which is the engine's default. */
        public static Availability fromEngine(String word) {
            for (Availability a : values()) {
                if (a.word().equalsIgnoreCase(word == null ? "" : word.trim())) {
                    return a;
                }
            }
            return ACTIVE;
        }

        /** The engine's and the CLI's word: {@code active}, {@code pause}, {@code drain}. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What the managers last heard from a node. */
    public enum State {
        UNKNOWN, DOWN, READY, DISCONNECTED;

        public static State fromEngine(String word) {
            for (State s : values()) {
                if (s.word().equalsIgnoreCase(word == null ? "" : word.trim())) {
                    return s;
                }
            }
            return UNKNOWN;
        }

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
