package io.dockyard.inspect;

import io.dockyard.model.Attachment;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineState;
import io.dockyard.model.Ids;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Layer;
import io.dockyard.model.MountPoint;
import io.dockyard.model.PortBinding;
import io.dockyard.model.StatusText;
import io.dockyard.text.ByteSize;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Turns an image or a container into the inspector's rows. Words are ours; values are the engine's. */
final class DetailsWriter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private DetailsWriter() {
    }

    static void container(Rows rows, Label title, Label subtitle, ContainerInstance c, ImageBlueprint image,
                          EngineState state, Instant now) {
        title.setText(c.name());
        subtitle.setText(stateWords(c) + " · from " + (image != null ? image.displayName() : c.imageRef()));
        rows.fact("id", "Container ID", c.id());
        rows.fact("name", "Name", c.name());
        rows.fact("state", "State", c.state().engineName());
        rows.fact("status", "Status", StatusText.describe(c, now));
        rows.fact("image", "Image", c.imageRef() + (image == null ? "  (image " + Ids.shortId(c.imageId()) + " is gone)"
                : "  (" + Ids.shortId(image.id()) + ")"));
        rows.fact("command", "Command", c.command());
        rows.fact("pid", "Process", c.pid() > 0 ? "PID " + c.pid() : "no process");
        rows.fact("exit-code", "Exit code", c.state() == ContainerState.CREATED ? "never ran" : String.valueOf(c.exitCode()));
        rows.fact("ports", "Ports", c.ports().stream().map(PortBinding::toString).map(p -> p.replace("->", " → "))
                .collect(Collectors.joining("\n")));
        rows.fact("writable", "Writable layer", c.hasWritableSize() ? ByteSize.human(c.writableSize()) : "not measured");
        rows.fact("networks", "Networks", String.join(", ", c.networkNames()));
        rows.fact("health", "Health", c.health());
        rows.fact("created", "Created", time(c.created(), now));
        rows.fact("started", "Started", time(c.started(), now));
        rows.fact("finished", "Finished", time(c.finished(), now));
        rows.lines("MOUNTS", "inspect-mount-", c.mounts().stream().map(DetailsWriter::mount).toList(),
                "none: everything it writes goes to its writable layer");
        rows.lines("NETWORKS", "inspect-network-", c.networks().stream().map(DetailsWriter::attachment).toList(),
                "none: it has no network");
        rows.lines("ENVIRONMENT", "inspect-env-", c.env().stream().map(Secrets::mask).toList(), "empty");
        rows.lines("LABELS", "inspect-label-", labels(c.labels()), "none");
        rows.line(null, c.state().hasProcess()
                ? "Its writable layer lives as long as the container: stopping keeps it, removing deletes it."
                : "Stopped, but its writable layer is kept until the container is removed.", "inspector-note");
    }

    static void image(Rows rows, Label title, Label subtitle, ImageBlueprint i, EngineState state, Instant now) {
        title.setText(i.displayName());
        List<ContainerInstance> users = state.containersOf(i.id());
        subtitle.setText((i.isUntagged() ? "dangling image · " : "image · ") + (users.size() == 1 ? "1 container"
                : users.size() + " containers") + " made from it");
        rows.fact("tags", "Tags", i.isUntagged() ? "<none>:<none>" : String.join("\n", i.repoTags()));
        rows.fact("id", "Image ID", i.id());
        rows.fact("digest", "Digest", String.join("\n", i.digests()));
        rows.fact("created", "Created", time(i.created(), now));
        rows.fact("size", "Size", ByteSize.human(i.size()));
        rows.fact("layer-count", "Layers", i.fileLayers().size() + " with files, " + i.layers().size() + " steps");
        rows.section("LAYERS (newest first)");
        List<Layer> layers = i.layers();
        for (int n = layers.size() - 1; n >= 0; n--) {
            Layer l = layers.get(n);
            Label line = rows.line("inspect-layer-" + n, ByteSize.human(l.size()) + "  " + l.createdBy(),
                    l.isEmpty() ? "inspector-mono-muted" : "inspector-mono");
            line.setTooltip(new Tooltip(l.createdBy()));
        }
        rows.lines("CONTAINERS USING IT", "inspect-user-", users.stream()
                .map(c -> c.name() + "  (" + c.state().engineName() + ")").toList(), "none");
        rows.lines("LABELS", "inspect-label-", labels(i.labels()), "none");
        rows.line(null, "Read-only: every container made from it shares these layers and adds its own writable layer.",
                "inspector-note");
    }

    private static String stateWords(ContainerInstance c) {
        return c.state() == ContainerState.EXITED ? "exited (" + c.exitCode() + ")" : c.state().engineName();
    }

    /** "volume cache → /data", "bind /srv/site (host folder) → /usr/share/html, read-only". */
    private static String mount(MountPoint m) {
        String from = switch (m.type()) {
            case "volume" -> "volume " + (m.name().length() == 64 ? m.name().substring(0, 12) + "… (anonymous)" : m.name());
            case "bind" -> "bind " + m.source() + " (host folder)";
            default -> m.type() + " " + (m.name().isEmpty() ? m.source() : m.name());
        };
        return from + " → " + m.destination() + (m.readWrite() ? "" : ", read-only");
    }

    /** "app-net  172.18.0.2  aliases: web, 3c5e91a0b7d2". */
    private static String attachment(Attachment a) {
        String ip = a.ipAddress().isEmpty() ? "no address" : a.ipAddress();
        return a.networkName() + "  " + ip + (a.aliases().isEmpty() ? "" : "  aliases: " + String.join(", ", a.aliases()));
    }

    static List<String> labels(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    static String time(Instant t, Instant now) {
        if (t == null || t.getEpochSecond() <= 0) {
            return "";
        }
        Duration ago = now.isBefore(t) ? Duration.ZERO : Duration.between(t, now);
        return TIME.format(t) + "  (" + StatusText.human(ago).toLowerCase(Locale.ROOT) + " ago)";
    }
}
