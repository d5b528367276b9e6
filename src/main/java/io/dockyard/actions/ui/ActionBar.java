package io.dockyard.actions.ui;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.ImageBlueprint;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;

/** Rows of buttons for the inspector: the main actions of the selected instance or blueprint. */
public final class ActionBar {
    private ActionBar() {
    }

    /** The instance's buttons, and for a running one its live CPU and memory sparklines below them. */
    public static Node forContainer(ContainerInstance c, ActionMenus menus) {
        ContainerActions a = menus.containers();
        FlowPane bar = bar("container-actions");
        if (ContainerActions.canStart(c)) {
            bar.getChildren().add(button("Start", "bar-start", () -> a.start(c)));
        }
        if (ContainerActions.canStop(c)) {
            bar.getChildren().add(button("Stop", "bar-stop", () -> a.stop(c)));
        }
        if (c.state() == ContainerState.RUNNING) {
            bar.getChildren().add(button("Pause", "bar-pause", () -> a.pause(c)));
        } else if (c.state() == ContainerState.PAUSED) {
            bar.getChildren().add(button("Unpause", "bar-unpause", () -> a.unpause(c)));
        }
        bar.getChildren().addAll(button("Logs", "bar-logs", () -> a.logs(c)),
                button("Changes", "bar-changes", () -> a.changes(c)));
        if (c.state() == ContainerState.RUNNING) {
            bar.getChildren().add(button("Exec…", "bar-exec", () -> a.exec(c)));
        }
        bar.getChildren().addAll(button("Commit…", "bar-commit", () -> a.commit(c)),
                button("Remove…", "bar-remove", () -> a.remove(c)));
        if (c.state() != ContainerState.RUNNING) {
            return bar;
        }
        // sparklines while the instance is shown: the view stops listening when the inspector moves on
        StatsView stats = a.statsView(c);
        stats.setId("inspector-stats");
        return new javafx.scene.layout.VBox(8, bar, stats);
    }

    public static Node forBlueprint(ImageBlueprint image, ActionMenus menus) {
        ImageActions a = menus.images();
        FlowPane bar = bar("blueprint-actions");
        bar.getChildren().addAll(button("Run", "bar-run", () -> a.run(image)),
                button("Run with options…", "bar-run-options", () -> a.runWithOptions(image, f -> { })),
                button("Tag…", "bar-tag", () -> a.tag(image)),
                button("History", "bar-history", () -> a.history(image)),
                button("Remove…", "bar-rmi", () -> a.remove(image)));
        return bar;
    }

    private static FlowPane bar(String styleClass) {
        FlowPane bar = new FlowPane(6, 6);
        bar.getStyleClass().add(styleClass);
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
