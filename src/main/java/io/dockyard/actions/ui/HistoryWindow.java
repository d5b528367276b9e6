package io.dockyard.actions.ui;

import io.dockyard.intent.ImageHistory;
import io.dockyard.model.Layer;
import io.dockyard.text.ByteSize;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/** {@code docker history}: the steps that made the image, oldest first, and what each added. */
final class HistoryWindow {
    private HistoryWindow() {
    }

    static Stage open(ActionRunner runner, Supplier<Window> owner, String image) {
        TableView<Layer> table = new TableView<>();
        table.setId("history");
        table.setPlaceholder(new Label("Asking the engine…"));
        TableColumn<Layer, String> step = new TableColumn<>("Step");
        step.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().createdBy()
                .replace("/bin/sh -c #(nop) ", "").trim()));
        step.setPrefWidth(520);
        TableColumn<Layer, String> size = new TableColumn<>("Adds");
        size.setCellValueFactory(r -> new ReadOnlyStringWrapper(r.getValue().isEmpty() ? "metadata only"
                : ByteSize.human(r.getValue().size())));
        table.getColumns().add(step);
        table.getColumns().add(size);
        ImageHistory query = new ImageHistory(image);
        Label cli = Windows.commandLine("history-cli", runner.aimed(query.cliLine()));
        Label order = new Label("oldest step first");
        order.getStyleClass().add("muted");
        HBox top = new HBox(12, cli, order);
        top.setStyle("-fx-padding: 8;");
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        Stage stage = Windows.stage(owner, "History — " + image, root, 760, 400);
        stage.show();
        runner.onUi(runner.commands().ask(query)).whenComplete((layers, failure) -> {
            if (failure != null) {
                table.setPlaceholder(new Label(ActionRunner.message(failure)));
            } else {
                table.getItems().setAll(layers);
            }
        });
        return stage;
    }
}
