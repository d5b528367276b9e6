package io.dockyard.actions.ui;

import io.dockyard.intent.ContainerChanges;
import io.dockyard.model.FileChange;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/** {@code docker diff}: what the container added (A), changed (C) and deleted (D) in its writable layer. */
final class ChangesWindow {
    private ChangesWindow() {
    }

    static Stage open(ActionRunner runner, Supplier<Window> owner, String container) {
        ListView<FileChange> list = new ListView<>();
        list.setId("changes");
        list.getStyleClass().add("log-view");
        list.setPlaceholder(new Label("Reading the writable layer…"));
        list.setCellFactory(v -> new ChangeCell());
        ContainerChanges query = new ContainerChanges(container);
        Label note = new Label("These files live in the container's writable layer. They are gone when the container "
                + "is removed, unless it is committed to a new image.");
        note.setWrapText(true);
        note.getStyleClass().add("muted");
        VBox top = new VBox(4, note, Windows.commandLine("changes-cli", runner.aimed(query.cliLine())));
        top.setStyle("-fx-padding: 8;");
        BorderPane root = new BorderPane(list);
        root.setTop(top);
        Stage stage = Windows.stage(owner, "Changes — " + container, root, 640, 480);
        stage.show();
        runner.onUi(runner.commands().ask(query)).whenComplete((changes, failure) -> {
            if (failure != null) {
                list.setPlaceholder(new Label(ActionRunner.message(failure)));
            } else if (changes.isEmpty()) {
                list.setPlaceholder(new Label("No changes: the container has not written anything yet."));
            } else {
                list.getItems().setAll(changes);
            }
        });
        return stage;
    }

    /** "A /tmp/hello.txt", coloured by kind. */
    static final class ChangeCell extends ListCell<FileChange> {
        @Override
        protected void updateItem(FileChange change, boolean empty) {
            super.updateItem(change, empty);
            getStyleClass().removeAll("change-added", "change-changed", "change-deleted");
            if (empty || change == null) {
                setText(null);
                return;
            }
            setText(change.toString());
            getStyleClass().add(switch (change.kind()) {
                case ADDED -> "change-added";
                case CHANGED -> "change-changed";
                case DELETED -> "change-deleted";
            });
        }
    }
}
