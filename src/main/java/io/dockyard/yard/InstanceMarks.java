package io.dockyard.yard;

import io.dockyard.model.Attachment;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.MountPoint;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The small marks on an instance for what is not drawn as a node of its own: its compose service
 * ({@code instance-service}), the default network it uses ({@code network-badge}: {@code bridge},
 * {@code host} or {@code none} are on every engine, so they are no bus), and one host-folder marker
 * per bind mount ({@code bind-mark}, host path → container path in its tooltip).
 */
final class InstanceMarks extends HBox {
    private List<String> shown = List.of();

    InstanceMarks() {
        super(5);
        getStyleClass().add("instance-marks");
    }

    void show(ContainerInstance c) {
        List<String> words = words(c);
        if (words.equals(shown)) {
            return; // cheap when nothing changed: no new labels, no new tooltips
        }
        shown = words;
        List<Label> labels = new ArrayList<>();
        if (!c.composeService().isEmpty()) {
            labels.add(label("service " + c.composeService(), "instance-service", null));
        }
        for (Attachment a : c.networks()) {
            if (a.isDefaultNetwork()) {
                labels.add(label(a.networkName(), "network-badge", "uses the default network " + a.networkName()
                        + (a.ipAddress().isEmpty() ? "" : " · " + a.ipAddress())));
            }
        }
        for (MountPoint m : c.mounts()) {
            if (m.type().equals("bind")) {
                labels.add(label("host: " + lastPart(m.source()), "bind-mark", "host folder " + m.source() + " → "
                        + m.destination() + (m.readWrite() ? "" : " (read-only)")));
            }
        }
        getChildren().setAll(labels);
    }

    /** What the marks say, to tell whether they changed. */
    static List<String> words(ContainerInstance c) {
        List<String> w = new ArrayList<>();
        w.add(c.composeService());
        c.networks().stream().filter(Attachment::isDefaultNetwork).forEach(a -> w.add(a.networkName() + a.ipAddress()));
        c.mounts().stream().filter(m -> m.type().equals("bind"))
                .forEach(m -> w.add(m.source() + m.destination() + m.readWrite()));
        return w;
    }

    private static Label label(String text, String styleClass, String tip) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(0);
        if (tip != null) {
            l.setTooltip(new Tooltip(tip));
        }
        return l;
    }

    private static String lastPart(String path) {
        String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        String last = slash >= 0 && slash < p.length() - 1 ? p.substring(slash + 1) : p;
        return last.length() > 14 ? last.substring(0, 13) + "…" : last;
    }
}
