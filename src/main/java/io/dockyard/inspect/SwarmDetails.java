package io.dockyard.inspect;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import javafx.scene.control.Label;

import java.time.Instant;
import java.util.List;

/** The inspector's rows for a Swarm node, a service (with its tasks) and a task. Words are ours; values are the engine's. */
final class SwarmDetails {
    private SwarmDetails() {
    }

    static void node(Rows rows, Label title, Label subtitle, SwarmNode n, EngineState state) {
        List<SwarmTask> tasks = state.tasks().values().stream().filter(t -> t.nodeId().equals(n.id()))
                .sorted(java.util.Comparator.comparing(SwarmTask::isHistory).thenComparing(t -> name(state, t)))
                .toList();
        long live = tasks.stream().filter(t -> !t.isHistory()).count();
        title.setText(n.hostname());
        subtitle.setText("swarm node · " + n.role().word() + (n.leader() ? " (leader)" : "") + " · "
                + count(live, "task"));
        rows.fact("id", "Node ID", n.id());
        rows.fact("role", "Role", n.role().word() + (n.leader() ? ", leader of the managers" : ""));
        rows.fact("availability", "Availability", switch (n.availability()) {
            case ACTIVE -> "active: takes new tasks";
            case PAUSE -> "pause: keeps its tasks, takes no new ones";
            case DRAIN -> "drain: its tasks are moved to other nodes";
        });
        rows.fact("state", "State", n.state().word());
        rows.fact("engine-version", "Engine", n.engineVersion());
        rows.fact("address", "Address", n.address());
        rows.lines("TASKS", "inspect-task-", tasks.stream().map(t -> taskLine(state, t)).toList(),
                "none: no task is placed here");
        rows.line(null, "docker node update --availability drain " + n.hostname() + " moves its tasks away, for "
                + "maintenance; --availability active lets it take tasks again.", "inspector-note");
    }

    static void service(Rows rows, Label title, Label subtitle, SwarmService s, EngineState state, Instant now) {
        List<SwarmTask> tasks = state.tasksOf(s.id());
        long running = tasks.stream().filter(SwarmTask::isRunning).count();
        String wanted = s.mode() == SwarmService.Mode.REPLICATED ? String.valueOf(s.replicas()) : "one per node";
        title.setText(s.name());
        subtitle.setText("swarm service · " + s.mode().word() + " · " + running + "/" + wanted + " running");
        rows.fact("id", "Service ID", s.id());
        rows.fact("image", "Image", s.image());
        rows.fact("mode", "Mode", s.mode().word());
        rows.fact("replicas", "Replicas", running + " running of " + wanted + " wanted");
        rows.fact("update", "Last update", s.updateState().isEmpty() ? "never updated"
                : s.updateState().replace('_', ' ') + (s.updateMessage().isEmpty() ? "" : ": " + s.updateMessage()));
        rows.fact("created", "Created", DetailsWriter.time(s.created(), now));
        rows.fact("updated", "Changed", DetailsWriter.time(s.updated(), now));
        rows.lines("TASKS", "inspect-task-", tasks.stream().map(t -> taskLine(state, t)).toList(),
                "none yet: the swarm has placed no task");
        rows.lines("LABELS", "inspect-label-", DetailsWriter.labels(s.labels()), "none");
        rows.line(null, "A service is what you ask for: this image, so many replicas. The swarm keeps it true by "
                + "running one task per replica, each in a container on some node, and replacing any that dies.",
                "inspector-note");
    }

    static void task(Rows rows, Label title, Label subtitle, SwarmTask t, EngineState state, Instant now) {
        SwarmService s = state.services().get(t.serviceId());
        SwarmNode n = state.nodes().get(t.nodeId());
        title.setText(name(state, t));
        subtitle.setText("swarm task · " + t.currentState().word() + (t.isHistory() ? " · history" : ""));
        rows.fact("id", "Task ID", t.id());
        rows.fact("service", "Service", s == null ? t.serviceId() : s.name());
        rows.fact("node", "Node", n == null ? (t.nodeId().isEmpty() ? "not placed yet" : t.nodeId()) : n.hostname());
        rows.fact("desired", "Wanted", t.desiredState().word());
        rows.fact("current", "Now", t.currentState().word() + " since " + DetailsWriter.time(t.timestamp(), now));
        rows.fact("error", "Error", t.errorMessage());
        rows.fact("image", "Image", t.image());
        ContainerInstance c = state.containers().get(t.containerId());
        rows.fact("container", "Container", t.containerId().isEmpty() ? "none yet"
                : c != null ? c.name() + " (" + c.state().engineName() + ")"
                : t.containerId().substring(0, Math.min(12, t.containerId().length())) + " on that node's engine");
        rows.line(null, t.isHistory() ? "The swarm keeps a few ended tasks of each slot as history: docker service"
                + " ps lists them under the task that took their place." : "If this task's container dies, the swarm"
                + " starts a new task in the same slot.", "inspector-note");
    }

    /** "web.2  running (wanted running)  on node-1  2.2 …" */
    private static String taskLine(EngineState state, SwarmTask t) {
        SwarmNode n = state.nodes().get(t.nodeId());
        String where = n == null ? (t.nodeId().isEmpty() ? "not placed" : "on " + short12(t.nodeId()))
                : "on " + n.hostname();
        String state2 = t.currentState() == t.desiredState() ? t.currentState().word()
                : t.currentState().word() + " (wanted " + t.desiredState().word() + ")";
        return name(state, t) + "  " + state2 + "  " + where + "  " + t.image().replaceFirst("@sha256:.*", "")
                + (t.errorMessage().isEmpty() ? "" : "  " + t.errorMessage());
    }

    private static String name(EngineState state, SwarmTask t) {
        SwarmService s = state.services().get(t.serviceId());
        return (s == null ? short12(t.serviceId()) : s.name()) + "." + (t.slot() > 0 ? t.slot() : short12(t.nodeId()));
    }

    private static String short12(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
