package io.dockyard.engine;

import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.testing.TestEngine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the docker CLI on a manager says of the swarm ({@code docker node ls}, {@code docker service ls},
 * {@code docker service ps --no-trunc}), and the same facts read from the model, as rows of text
 * that tests compare whole.
 */
final class SwarmTruth {
    private SwarmTruth() {
    }

    /** One row per node: id, role, leader, availability, state, engine version. */
    static Set<String> nodes(TestEngine manager) {
        return rows(manager.docker("node", "ls", "--format",
                "{{.ID}} {{if .ManagerStatus}}manager{{else}}worker{{end}} {{.ManagerStatus}}|{{.Availability}}"
                        + " {{.Status}} {{.EngineVersion}}")).stream()
                .map(r -> r.toLowerCase(Locale.ROOT).replace(" |", " -|")).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> nodes(EngineState state) {
        Set<String> rows = new TreeSet<>();
        for (SwarmNode n : state.nodes().values()) {
            rows.add(n.id() + " " + n.role().word() + " " + (n.leader() ? "leader" : "-") + "|"
                    + n.availability().word() + " " + n.state().word() + " " + n.engineVersion());
        }
        return rows;
    }

    /** One row per service: short id, name, mode, wanted replicas, image without its digest. */
    static Set<String> services(TestEngine manager) {
        return rows(manager.docker("service", "ls", "--format",
                "{{.ID}} {{.Name}} {{.Mode}} {{.Replicas}} {{.Image}}")).stream()
                .map(r -> r.replaceAll(" \\d+/(\\d+) ", " $1 ")).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> services(EngineState state) {
        Set<String> rows = new TreeSet<>();
        for (SwarmService s : state.services().values()) {
            rows.add(s.id().substring(0, 12) + " " + s.name() + " " + s.mode().word() + " " + s.replicas() + " "
                    + s.imageName());
        }
        return rows;
    }

    /** One row per task of the service, history among them: id, slot, desired state, current state, error. */
    static Set<String> tasks(TestEngine manager, String service) {
        return rows(manager.docker("service", "ps", "--no-trunc", "--format",
                "{{.ID}} {{.Name}} {{.DesiredState}} {{.CurrentState}}|{{.Error}}", service)).stream()
                .map(SwarmTruth::taskRow).collect(Collectors.toCollection(TreeSet::new));
    }

    /** "ID web.3 Running Running 5 seconds ago|" as "ID 3 running running|". */
    private static String taskRow(String line) {
        // the CLI marks a slot's older tasks "\_ web.3"
        String cli = line.replace(" \\_ ", " ");
        String[] w = cli.split(" ");
        String slot = w[1].substring(w[1].lastIndexOf('.') + 1);
        String error = cli.substring(cli.indexOf('|') + 1);
        return w[0] + " " + slot + " " + w[2].toLowerCase(Locale.ROOT) + " " + w[3].toLowerCase(Locale.ROOT) + "|" + error;
    }

    static Set<String> tasks(EngineState state, String serviceId) {
        Set<String> rows = new TreeSet<>();
        for (SwarmTask t : state.tasksOf(serviceId)) {
            rows.add(t.id() + " " + t.slot() + " " + t.desiredState().word() + " " + t.currentState().word() + "|"
                    + t.errorMessage());
        }
        return rows;
    }

    /** The ids of the tasks placed on one node, as {@code docker service ps --filter node=} lists them. */
    static Set<String> tasksOn(TestEngine manager, String service, String nodeId, boolean runningOnly) {
        String[] args = runningOnly
                ? new String[] {"service", "ps", "-q", "--no-trunc", "--filter", "node=" + nodeId, "--filter",
                    "desired-state=running", service}
                : new String[] {"service", "ps", "-q", "--no-trunc", "--filter", "node=" + nodeId, service};
        return rows(manager.docker(args));
    }

    static Set<String> tasksOn(EngineState state, String serviceId, String nodeId, boolean runningOnly) {
        return state.tasksOf(serviceId).stream().filter(t -> t.nodeId().equals(nodeId))
                .filter(t -> !runningOnly || t.desiredState() == SwarmTask.State.RUNNING)
                .map(SwarmTask::id).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every task on both nodes, as {@code docker node ps} lists them. */
    static Set<String> allTasks(TestEngine manager, String... nodeIds) {
        String[] args = new String[nodeIds.length + 4];
        args[0] = "node";
        args[1] = "ps";
        args[2] = "-q";
        args[3] = "--no-trunc";
        System.arraycopy(nodeIds, 0, args, 4, nodeIds.length);
        return rows(manager.docker(args));
    }

    private static Set<String> rows(String output) {
        return Arrays.stream(output.split("\n")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
