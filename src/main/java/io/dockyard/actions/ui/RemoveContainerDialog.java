package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.RemovalImpact;
import io.dockyard.intent.RemoveContainer;
import io.dockyard.model.ContainerInstance;
import io.dockyard.text.ByteSize;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Supplier;

/** "Remove container?" naming what is lost: its writable layer, and its anonymous volumes if chosen. */
final class RemoveContainerDialog {
    private RemoveContainerDialog() {
    }

    static Dialog<ButtonType> show(ActionRunner runner, Supplier<Window> owner, ContainerInstance c) {
        String ref = ContainerActions.ref(c);
        Label layer = new Label("Its writable layer (every file it changed) is deleted: measuring…");
        layer.setId("remove-layer");
        layer.setWrapText(true);
        CheckBox volumes = new CheckBox("Also remove its anonymous volumes");
        volumes.setId("remove-volumes");
        volumes.setVisible(false);
        volumes.setManaged(false);
        CheckBox force = new CheckBox("It is running: stop it and remove it anyway (force)");
        force.setId("remove-force");
        boolean running = c.state().hasProcess();
        force.setVisible(running);
        force.setManaged(running);
        Label note = new Label("Named volumes and the image stay. This cannot be undone; commit first to keep the changes.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        VBox content = new VBox(10, layer, volumes, force, note);
        content.setPrefWidth(460);
        Dialog<ButtonType> dialog = Confirm.show(owner, "Remove " + ref, "Remove container " + ref + "?", content,
                "Remove", true, () -> runner.perform(new RemoveContainer(ref, force.isSelected(), volumes.isSelected())));
        Confirm.button(dialog).disableProperty().bind(force.visibleProperty().and(force.selectedProperty().not()));
        runner.onUi(runner.commands().removalImpact(c.id())).whenComplete((impact, failure) -> {
            if (failure != null) {
                layer.setText("Its writable layer (every file it changed) is deleted. (Its size is unknown: "
                        + ActionRunner.message(failure) + ")");
                return;
            }
            describe(impact, layer, volumes, force);
        });
        return dialog;
    }

    private static void describe(RemovalImpact impact, Label layer, CheckBox volumes, CheckBox force) {
        layer.setText("Its writable layer is deleted: " + ByteSize.human(impact.writableBytes())
                + " of files it added or changed.");
        if (!impact.anonymousVolumes().isEmpty()) {
            volumes.setText("Also remove its " + impact.anonymousVolumes().size() + " anonymous volume(s): "
                    + String.join(", ", impact.anonymousVolumes().stream().map(v -> v.substring(0, 12)).toList())
                    + " (their data is lost)");
            volumes.setVisible(true);
            volumes.setManaged(true);
        }
        force.setVisible(impact.running() || force.isVisible());
        force.setManaged(force.isVisible());
    }
}
