package io.dockyard.testing;

import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;

import java.time.Instant;
import java.util.Map;

/** Swarm nodes, services and tasks for pure tests, with ids shaped like the swarm's own (25 base-36 characters). */
public final class SwarmFixtures {
    private SwarmFixtures() {
    }

    /** A swarm-style id: 25 lowercase letters and digits, different from every other word's. */
    public static String swarmId(String word) {
        String hex = ModelFixtures.hex64("swarm-" + word);
        return new java.math.BigInteger(hex, 16).toString(36).substring(0, 25);
    }

    public static SwarmNode manager(String name) {
        return new SwarmNode(swarmId(name), "box", SwarmNode.Role.MANAGER, SwarmNode.Availability.ACTIVE,
                SwarmNode.State.READY, true, "20.10.24", "127.0.0.1");
    }

    public static SwarmNode worker(String name) {
        return new SwarmNode(swarmId(name), "box", SwarmNode.Role.WORKER, SwarmNode.Availability.ACTIVE,
                SwarmNode.State.READY, false, "20.10.24", "127.0.0.1");
    }

    public static SwarmService service(String name, long replicas) {
        return new SwarmService(swarmId(name), name, name + ":1", SwarmService.Mode.REPLICATED, replicas, "", "",
                Map.of(), ModelFixtures.T0, ModelFixtures.T0);
    }

    public static SwarmTask running(String id, SwarmService service, int slot, SwarmNode node, String containerId) {
        return new SwarmTask(swarmId(id), service.id(), slot, node.id(), SwarmTask.State.RUNNING,
                SwarmTask.State.RUNNING, "", containerId, service.image(), ModelFixtures.T0);
    }

    public static SwarmTask shutDown(SwarmTask task, Instant at) {
        return new SwarmTask(task.id(), task.serviceId(), task.slot(), task.nodeId(), SwarmTask.State.SHUTDOWN,
                SwarmTask.State.SHUTDOWN, "", task.containerId(), task.image(), at);
    }
}
