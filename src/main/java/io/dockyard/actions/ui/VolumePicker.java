package io.dockyard.actions.ui;

import io.dockyard.intent.InputRules;
import io.dockyard.intent.Parsed;
import io.dockyard.intent.VolumeSpec;
import io.dockyard.model.VolumeRecord;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Collection;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * The Run dialog's "mount a volume" row: pick a volume the engine has, or type a new name (the
 * run then creates it), a path in the container and read-only. "Add" hands the checked
 * {@link VolumeSpec} on, to become one more {@code -v NAME:/path[:ro]} line of the form.
 */
final class VolumePicker extends VBox {
    private final ComboBox<String> volume = new ComboBox<>();
    private final TextField path = new TextField();
    private final CheckBox readOnly = new CheckBox("read-only (:ro)");
    private final Button add = new Button("Add");
    private final Label problem = new Label();

    VolumePicker(Collection<VolumeRecord> volumes, Consumer<VolumeSpec> onAdd) {
        super(4);
        volume.setId("run-mount-volume");
        volume.setEditable(true);
        volume.setPromptText("volume: pick one or type a new name");
        volume.getItems().setAll(volumes.stream().filter(v -> !v.isAnonymous()).map(VolumeRecord::name)
                .sorted(Comparator.naturalOrder()).toList());
        path.setId("run-mount-path");
        path.setPromptText("/path/in/container");
        readOnly.setId("run-mount-ro");
        add.setId("run-mount-add");
        problem.setId("run-mount-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        HBox.setHgrow(path, Priority.ALWAYS);
        getChildren().setAll(new HBox(6, volume, path, readOnly, add), problem);
        volume.getEditor().textProperty().addListener((o, a, b) -> recheck());
        volume.valueProperty().addListener((o, a, b) -> recheck());
        path.textProperty().addListener((o, a, b) -> recheck());
        readOnly.selectedProperty().addListener((o, a, b) -> recheck());
        add.setOnAction(e -> {
            Parsed<VolumeSpec> spec = spec();
            if (spec.isOk()) {
                onAdd.accept(spec.value());
                path.clear();
            }
        });
        recheck();
    }

    private String volumeName() {
        String typed = volume.getEditor().getText();
        return typed == null || typed.isBlank() ? (volume.getValue() == null ? "" : volume.getValue()) : typed.trim();
    }

    /** The mount as the form's rules read it; a volume picker never makes a bind mount. */
    private Parsed<VolumeSpec> spec() {
        String name = volumeName();
        if (name.isEmpty()) {
            return Parsed.problem("Pick a volume, or type the name of a new one.");
        }
        if (name.startsWith("/")) {
            return Parsed.problem("Pick or name a volume; a host folder goes in the Volumes field above.");
        }
        return InputRules.volume(name + ":" + path.getText() + (readOnly.isSelected() ? ":ro" : ""));
    }

    private void recheck() {
        Parsed<VolumeSpec> spec = spec();
        boolean untouched = volumeName().isEmpty() && path.getText().isEmpty();
        problem.setText(spec.isOk() || untouched ? "" : spec.problem());
        add.setDisable(!spec.isOk());
    }
}
