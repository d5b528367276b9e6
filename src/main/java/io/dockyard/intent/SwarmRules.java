package io.dockyard.intent;

import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;

import java.util.Optional;

/**
 * What a person types for a Swarm service or node, checked before anything reaches the engine:
 * a number of replicas, an image to update to, an availability. Pure; every problem is a sentence
 * that says what is wrong and how to write it.
 */
public final class SwarmRules {
    /** Dockyard's ceiling: more tasks than this on a desktop's swarm is almost certainly a typing slip. */
    public static final int MAX_REPLICAS = 1000;

    private SwarmRules() {
    }

    /** A number of replicas: a whole number from 0 to {@value #MAX_REPLICAS}. */
    public static Parsed<Integer> replicas(String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            return Parsed.problem("Type how many replicas the service should run, a whole number from 0 to "
                    + MAX_REPLICAS + ".");
        }
        if (!text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            String why = text.startsWith("-") ? "cannot be negative" : "is not a whole number";
            return Parsed.problem("The number of replicas '" + text + "' " + why + ": write 0 to " + MAX_REPLICAS
                    + " (0 stops every task and keeps the service).");
        }
        String digits = text.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 4 || Integer.parseInt(digits) > MAX_REPLICAS) {
            return Parsed.problem("The number of replicas " + text + " is more than Dockyard allows (" + MAX_REPLICAS
                    + "); write a smaller number.");
        }
        return Parsed.ok(Integer.parseInt(digits));
    }

    /** The image a service should run after an update: any reference {@code docker service update --image} takes. */
    public static Parsed<String> serviceImage(String raw) {
        return ImageRefs.reference(raw);
    }

    /** An availability word: active, pause or drain. */
    public static Parsed<SwarmNode.Availability> availability(String raw) {
        String word = raw == null ? "" : raw.trim();
        for (SwarmNode.Availability a : SwarmNode.Availability.values()) {
            if (a.word().equalsIgnoreCase(word)) {
                return Parsed.ok(a);
            }
        }
        return Parsed.problem("'" + word + "' is not an availability: use active (takes tasks), pause (keeps its"
                + " tasks, takes no new ones) or drain (moves its tasks to other nodes).");
    }

    /** Scaling a service the engine holds: it must exist and be replicated (a global service runs one task per node). */
    public static Parsed<ScaleService> scale(EngineState state, String service, String rawReplicas) {
        Optional<SwarmService> found = state.findService(service);
        if (found.isEmpty()) {
            return Parsed.problem(noSuchService(service));
        }
        if (found.get().mode() == SwarmService.Mode.GLOBAL) {
            return Parsed.problem("Service '" + found.get().name() + "' is global: it runs one task on every node and"
                    + " cannot be scaled. Drain a node to take its task away.");
        }
        Parsed<Integer> replicas = replicas(rawReplicas);
        return replicas.isOk() ? Parsed.ok(new ScaleService(found.get().name(), replicas.value()))
                : Parsed.problem(replicas.problem());
    }

    /** Changing a node's availability: the node must exist and not already be so. */
    public static Parsed<UpdateNodeAvailability> availability(EngineState state, String node,
                                                              SwarmNode.Availability wanted) {
        Optional<SwarmNode> found = state.findNode(node);
        if (found.isEmpty()) {
            return Parsed.problem("There is no node '" + node + "' in this swarm: docker node ls lists the nodes"
                    + " (on a manager).");
        }
        if (found.get().availability() == wanted) {
            return Parsed.problem("Node " + found.get().hostname() + " (" + shortId(found.get().id()) + ") is already "
                    + wanted.word() + ".");
        }
        return Parsed.ok(new UpdateNodeAvailability(found.get().id(), wanted));
    }

    static String noSuchService(String service) {
        return "There is no service '" + service + "' on this swarm: docker service ls lists the services"
                + " (on a manager).";
    }

    private static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }
}
