package io.dockyard.inspect;

import io.dockyard.model.ComposeProject;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.Relations;
import io.dockyard.model.VolumeRecord;
import io.dockyard.text.ByteSize;
import javafx.scene.control.Label;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The inspector's rows for a volume, a network and a compose project. Words are ours; values are the engine's. */
final class ObjectDetails {
    private ObjectDetails() {
    }

    static void volume(Rows rows, Label title, Label subtitle, VolumeRecord v, EngineState state, Relations relations,
                       Instant now) {
        List<Relations.Mount> mounts = relations.mountsOf(v.name());
        title.setText(v.displayName());
        long users = mounts.stream().map(Relations.Mount::containerId).distinct().count();
        subtitle.setText((v.isAnonymous() ? "anonymous volume" : "volume") + " · " + (users == 0 ? "no container mounts"
                : count(users, "container") + (users == 1 ? " mounts" : " mount")) + " it");
        rows.fact("name", "Name", v.name());
        rows.fact("driver", "Driver", v.driver());
        rows.fact("mountpoint", "On the host", v.mountpoint());
        rows.fact("scope", "Scope", v.scope());
        rows.fact("size", "Size", v.hasSize() ? ByteSize.human(v.size()) : "not measured yet");
        rows.fact("created", "Created", DetailsWriter.time(v.created(), now));
        rows.fact("project", "Compose project", v.composeProject());
        rows.lines("USED BY", "inspect-user-", mounts.stream().map(m -> user(m, state, now)).toList(),
                "no container mounts it: docker volume prune would delete it");
        rows.lines("LABELS", "inspect-label-", DetailsWriter.labels(v.labels()), "none");
        rows.line(null, "A volume outlives its containers: removing them keeps it and its data. Only docker volume rm"
                + " (or prune, once nothing mounts it) deletes what is in it.", "inspector-note");
    }

    /** "web (running) at /data, read-only · mounted since … · running since …". */
    private static String user(Relations.Mount m, EngineState state, Instant now) {
        ContainerInstance c = state.containers().get(m.containerId());
        if (c == null) {
            return m.containerId() + " at " + m.destination();
        }
        String since = "mounted since " + DetailsWriter.time(c.created(), now);
        if (c.state().hasProcess() && c.started() != null) {
            since += " · in use since " + DetailsWriter.time(c.started(), now);
        }
        return c.name() + " (" + c.state().engineName() + ") at " + m.destination() + ", "
                + (m.readOnly() ? "read-only" : "read-write") + " · " + since;
    }

    static void network(Rows rows, Label title, Label subtitle, NetworkRecord n, EngineState state,
                        Relations relations, Instant now) {
        List<Relations.Link> links = relations.attachedTo(n.id());
        title.setText(n.name());
        subtitle.setText((n.isDefault() ? "default network" : "network") + " · " + count(links.size(), "container")
                + " attached");
        rows.fact("id", "Network ID", n.id());
        rows.fact("driver", "Driver", n.driver());
        rows.fact("scope", "Scope", n.scope());
        rows.fact("subnet", "Subnet", String.join("\n", n.subnets()));
        rows.fact("internal", "Internal", n.internal() ? "yes: no way out to the host's networks" : "no");
        rows.fact("created", "Created", DetailsWriter.time(n.created(), now));
        rows.fact("project", "Compose project", n.composeProject());
        rows.lines("ATTACHED CONTAINERS", "inspect-attached-", links.stream().map(l -> attached(l, state)).toList(),
                "none");
        rows.lines("LABELS", "inspect-label-", DetailsWriter.labels(n.labels()), "none");
        rows.line(null, n.name().equals("bridge") ? "On the default bridge, containers reach each other only by"
                + " address, not by name." : "Containers on this network reach each other by name and alias.",
                "inspector-note");
    }

    private static String attached(Relations.Link l, EngineState state) {
        ContainerInstance c = state.containers().get(l.containerId());
        String who = c == null ? l.containerId() : c.name() + " (" + c.state().engineName() + ")";
        String ip = l.attachment().ipAddress().isEmpty() ? "no address while stopped" : l.attachment().ipAddress();
        List<String> aliases = l.attachment().aliases();
        return who + "  " + ip + (aliases.isEmpty() ? "" : "  aliases: " + String.join(", ", aliases));
    }

    static void project(Rows rows, Label title, Label subtitle, ComposeProject p, EngineState state) {
        List<ContainerInstance> members = p.containerIds().stream().map(id -> state.containers().get(id))
                .filter(Objects::nonNull).toList();
        long running = members.stream().filter(c -> c.state().hasProcess()).count();
        title.setText(p.name());
        subtitle.setText("compose project · " + count(members.size(), "container") + ", " + running + " running");
        rows.fact("working-dir", "Working dir", p.workingDir());
        rows.fact("config-files", "Compose files", p.configFiles().replace(",", "\n"));
        Map<String, List<String>> services = new LinkedHashMap<>();
        members.forEach(c -> services.computeIfAbsent(c.composeService().isEmpty() ? "(no service)" : c.composeService(),
                k -> new ArrayList<>()).add(c.name() + " (" + c.state().engineName() + ")"));
        rows.lines("SERVICES", "inspect-service-", services.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList(), "none");
        rows.lines("NETWORKS", "inspect-network-", p.networkIds().stream().map(id -> state.networks().get(id))
                .filter(Objects::nonNull).map(n -> n.name() + "  " + String.join(", ", n.subnets())).toList(), "none");
        rows.lines("VOLUMES", "inspect-volume-", p.volumeNames().stream().map(name -> state.volumes().get(name))
                .filter(Objects::nonNull).map(v -> v.name() + (v.hasSize() ? "  " + ByteSize.human(v.size()) : ""))
                .toList(), "none");
        rows.line(null, "The engine has no project object: these are the containers, networks and volumes labelled "
                + "com.docker.compose.project=" + p.name() + ".", "inspector-note");
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
