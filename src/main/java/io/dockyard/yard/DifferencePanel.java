package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * "What's the difference?": image and container compared point by point, in our own words. Hovering
 * a row points at the live example on the yard (mutable → the writable layers; one image, many
 * containers → the links of the busiest blueprint …). Style class {@code difference-panel},
 * id {@code difference}; row {@code i} has the id {@code difference-row-i}.
 */
public final class DifferencePanel extends VBox {
    private record Point(String aspect, String image, String container, Highlight.Focus focus,
                         Function<EngineState, Set<String>> example, String reason) {
    }

    private final YardView yard;
    private final VBox rows = new VBox(6);
    private final List<Point> points = List.of(
            new Point("State", "Inert: files and settings that never run.",
                    "Has a lifecycle: created, running, paused, exited.", Highlight.Focus.NODE,
                    s -> ids(s, c -> true), "Every container has a state; the blueprints have none."),
            new Point("Where it is stored", "Read-only layers in the engine's image store, shared by all its containers.",
                    "One thin writable layer on top of those shared layers.", Highlight.Focus.LAYERS,
                    s -> new HashSet<>(s.images().keySet()), "The read-only layer stacks, stored once per image."),
            new Point("Mutability", "Never changes. Changing it means building a new image with a new id.",
                    "Changes freely, but only in its own writable layer; removing it throws that away.",
                    Highlight.Focus.WRITABLE_LAYER, s -> ids(s, c -> true),
                    "Writable layers: each container's own changes, on top of the image."),
            new Point("Execution", "Does nothing by itself: no process, no PID.",
                    "A real process on the host, with a PID, while it runs.", Highlight.Focus.PROCESS,
                    s -> ids(s, c -> c.state().hasProcess()), "These instances have a live process right now."),
            new Point("How it is made", "docker build from a Dockerfile, or docker pull from a registry.",
                    "docker create or docker run, from an image.", Highlight.Focus.LINKS,
                    s -> ids(s, c -> true), "Each link: a container made from a blueprint."),
            new Point("How many", "One image ...", "... any number of containers from it.", Highlight.Focus.LINKS,
                    DifferencePanel::busiest, "The busiest blueprint and every container made from it."));
    private final List<Label> counts = new ArrayList<>();

    public DifferencePanel(YardView yard) {
        this.yard = yard;
        setId("difference");
        getStyleClass().add("difference-panel");
        getStylesheets().add(DifferencePanel.class.getResource("yard.css").toExternalForm());
        Label heading = new Label("What's the difference? Point at a row to see it on the yard.");
        heading.getStyleClass().add("difference-heading");
        heading.setWrapText(true);
        heading.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rows.getStyleClass().add("difference-rows");
        for (int i = 0; i < points.size(); i++) {
            addRow(i, points.get(i));
        }
        getChildren().setAll(heading, rows);
    }

    /** One card per point: what it is, the image's side, the container's side, the live count. */
    private void addRow(int i, Point p) {
        Label aspect = new Label(p.aspect());
        aspect.getStyleClass().add("difference-aspect");
        Label count = new Label();
        count.getStyleClass().add("difference-count");
        counts.add(count);
        VBox card = new VBox(2, aspect, side("Image", p.image()), side("Container", p.container()), count);
        card.setId("difference-row-" + i);
        card.getStyleClass().add("difference-cell");
        card.setOnMouseEntered(e -> point(i));
        card.setOnMouseExited(e -> yard.stopPointing());
        rows.getChildren().add(card);
    }

    private static Label side(String which, String text) {
        Label l = new Label(which + ": " + text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrap instead of cutting the words off
        l.getStyleClass().add("difference-side");
        return l;
    }

    /** Points at row {@code i}'s live example on the yard (what hovering does). */
    public void point(int i) {
        EngineState s = yard.model().stateProperty().get();
        if (s == null) {
            return;
        }
        Point p = points.get(i);
        yard.pointAt(new Highlight(p.example().apply(s), p.reason(), p.focus()));
    }

    /** Refreshes the live numbers under each row. */
    public void show(EngineState s) {
        long running = s.containers().values().stream().filter(c -> c.state().hasProcess()).count();
        String busiest = busiestImage(s);
        ImageBlueprint top = busiest == null ? null : s.images().get(busiest);
        String[] texts = {
            s.containers().size() + " containers here, " + running + " with a process",
            s.images().size() + " images in the store",
            s.containers().size() + " writable layers, one per container",
            running + " processes right now",
            s.containers().size() + " links on the yard",
            top == null ? "no containers yet" : top.displayName() + " has " + s.containersOf(top.id()).size() + " containers"};
        for (int i = 0; i < counts.size(); i++) {
            counts.get(i).setText(texts[i]);
        }
    }

    private static Set<String> ids(EngineState s, java.util.function.Predicate<ContainerInstance> which) {
        Set<String> ids = new HashSet<>();
        s.containers().values().stream().filter(which).forEach(c -> ids.add(c.id()));
        return ids;
    }

    private static String busiestImage(EngineState s) {
        return s.images().keySet().stream()
                .max(Comparator.comparingInt((String id) -> s.containersOf(id).size()).thenComparing(id -> id))
                .orElse(null);
    }

    private static Set<String> busiest(EngineState s) {
        String image = busiestImage(s);
        if (image == null) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        ids.add(image);
        s.containersOf(image).forEach(c -> ids.add(c.id()));
        return ids;
    }
}
