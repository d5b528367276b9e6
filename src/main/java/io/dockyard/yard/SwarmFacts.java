package io.dockyard.yard;

import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Swarm drawing derives from the state: which tasks are history (an ended task, or one
 * behind a newer task of the same slot), how many tasks of a service run, in what order the nodes
 * stand. Pure.
 */
final class SwarmFacts {
    private SwarmFacts() {
    }

    /** Whether the state holds anything of a swarm. */
    static boolean any(EngineState state) {
        return !state.nodes().isEmpty() || !state.services().isEmpty() || !state.tasks().isEmpty();
    }

    /**
     * The ids of history tasks: those the swarm means to stop or has stopped, and those behind a
     * newer task of the same slot (a global service's slot is its node).
     */
    static Set<String> history(EngineState state) {
        Map<String, SwarmTask> newest = new HashMap<>();
        for (SwarmTask t : state.tasks().values()) {
            newest.merge(slotKey(t), t, (a, b) -> newer(a, b) ? a : b);
        }
        Set<String> history = new HashSet<>();
        for (SwarmTask t : state.tasks().values()) {
            if (t.isHistory() || newest.get(slotKey(t)) != t) {
                history.add(t.id());
            }
        }
        return history;
    }

    /** How many of the service's tasks run now, as {@code docker service ls} counts its replicas. */
    static long running(EngineState state, String serviceId) {
        return state.tasks().values().stream().filter(t -> t.serviceId().equals(serviceId) && t.isRunning()).count();
    }

    /** How many tasks the service wants: its replicas, or for a global service one per node that takes tasks. */
    static long wanted(EngineState state, SwarmService s) {
        if (s.mode() == SwarmService.Mode.REPLICATED) {
            return s.replicas();
        }
        return state.nodes().values().stream().filter(n -> n.availability() == SwarmNode.Availability.ACTIVE
                && n.state() == SwarmNode.State.READY).count();
    }

    /** {@code web.2} for slot 2 of service web, {@code web.<node 12>} for a global service's task. */
    static String taskName(EngineState state, SwarmTask t) {
        SwarmService s = state.services().get(t.serviceId());
        String service = s == null ? first12(t.serviceId()) : s.name();
        return service + "." + (t.slot() > 0 ? String.valueOf(t.slot()) : first12(t.nodeId()));
    }

    /** Managers first (the leader leftmost), then by host name and id: the order of the lanes. */
    static List<SwarmNode> lanes(EngineState state) {
        return state.nodes().values().stream().sorted(Comparator.comparing((SwarmNode n) -> !n.leader())
                .thenComparing(n -> !n.isManager()).thenComparing(SwarmNode::hostname)
                .thenComparing(SwarmNode::id)).toList();
    }

    static String first12(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    private static String slotKey(SwarmTask t) {
        return t.serviceId() + "/" + (t.slot() > 0 ? "slot " + t.slot() : "node " + t.nodeId());
    }

    /** A task the swarm means to run is newer than any it has let go; else the later timestamp, then the id. */
    private static boolean newer(SwarmTask a, SwarmTask b) {
        if (a.isHistory() != b.isHistory()) {
            return !a.isHistory();
        }
        if (a.timestamp() == null || b.timestamp() == null) {
            return a.timestamp() != null || b.timestamp() == null && a.id().compareTo(b.id()) > 0;
        }
        int c = a.timestamp().compareTo(b.timestamp());
        return c != 0 ? c > 0 : a.id().compareTo(b.id()) > 0;
    }
}
