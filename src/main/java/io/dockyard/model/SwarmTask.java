package io.dockyard.model;

import java.time.Instant;
import java.util.Locale;

/**
 * A Swarm task: one slot of a service placed on one node, run by one container, as
 * {@code docker service ps --no-trunc} shows it. The swarm keeps a few old tasks of each slot as
 * history (shut down, complete, failed); they are real tasks with that state.
 *
 * @param id           the swarm's id for the task (25 lowercase letters and digits)
 * @param serviceId    the service it belongs to
 * @param slot         the replica number of a replicated service, from 1; 0 for a global service's task
 * @param nodeId       the node it is placed on, or empty before the scheduler placed it
 * @param desiredState what the swarm wants of it: running, shutdown …
 * @param currentState what it is now
 * @param errorMessage why it failed or was rejected, in the engine's words, or empty
 * @param containerId  the full id of the container that runs it on its node, or empty before there is one
 * @param image        the image reference it runs
 * @param timestamp    when its current state began
 */
public record SwarmTask(String id, String serviceId, int slot, String nodeId, State desiredState,
                        State currentState, String errorMessage, String containerId, String image, Instant timestamp)
        implements EngineObject {
    public SwarmTask {
        id = id == null ? "" : id;
        serviceId = serviceId == null ? "" : serviceId;
        nodeId = nodeId == null ? "" : nodeId;
        desiredState = desiredState == null ? State.UNKNOWN : desiredState;
        currentState = currentState == null ? State.UNKNOWN : currentState;
        errorMessage = errorMessage == null ? "" : errorMessage;
        containerId = containerId == null ? "" : containerId;
        image = image == null ? "" : image;
    }

    @Override
    public Kind kind() {
        return Kind.TASK;
    }

    /** Whether it runs now and is meant to: what {@code docker service ls} counts as a running replica. */
    public boolean isRunning() {
        return currentState == State.RUNNING && desiredState == State.RUNNING;
    }

    /** Whether the swarm means it to stop or has stopped it: history, not a live replica. */
    public boolean isHistory() {
        return desiredState != State.RUNNING && desiredState != State.READY && desiredState != State.UNKNOWN;
    }

    /**
     * The task's states, in the order a task passes through them (until it is running), then the
     * ways it ends. {@code docker service ps} prints them in lowercase.
     */
    public enum State {
        NEW, ALLOCATED, PENDING, ASSIGNED, ACCEPTED, PREPARING, READY, STARTING, RUNNING,
        COMPLETE, SHUTDOWN, FAILED, REJECTED, REMOVE, ORPHANED,
        /** a word this version of Dockyard does not know */
        UNKNOWN;

        public static State fromEngine(String word) {
            if (word == null) {
                return UNKNOWN;
            }
            try {
                return valueOf(word.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException other) {
                return UNKNOWN;
            }
        }

        /** The engine's word. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** A state a task does not leave: it has ended one way or another. */
        public boolean isFinal() {
            return ordinal() >= COMPLETE.ordinal() && this != UNKNOWN;
        }
    }
}
