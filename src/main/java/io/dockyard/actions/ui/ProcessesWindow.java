package io.dockyard.actions.ui;

import io.dockyard.intent.ContainerProcesses;
import io.dockyard.model.ProcessTable;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/** {@code docker top}: the container's processes as the host sees them. */
final class ProcessesWindow {
    private ProcessesWindow() {
    }

    static Stage open(ActionRunner runner, Supplier<Window> owner, String container) {
        TableView<List<String>> table = new TableView<>();
        table.setId("processes");
        table.setPlaceholder(new Label("Asking the engine…"));
        Button refresh = new Button("Refresh");
        ContainerProcesses query = new ContainerProcesses(container);
        Label cli = Windows.commandLine("processes-cli", runner.aimed(query.cliLine()));
        HBox bar = new HBox(8, refresh, cli);
        bar.setStyle("-fx-padding: 8; -fx-alignment: center-left;");
        BorderPane root = new BorderPane(table);
        root.setTop(bar);
        Stage stage = Windows.stage(owner, "Processes — " + container, root, 720, 360);
        Runnable load = () -> runner.onUi(runner.commands().ask(query)).whenComplete((top, failure) -> {
            if (failure != null) {
                table.getItems().clear();
                table.setPlaceholder(new Label(ActionRunner.message(failure)));
            } else {
                fill(table, top);
            }
        });
        refresh.setOnAction(e -> load.run());
        stage.show();
        load.run();
        return stage;
    }

    private static void fill(TableView<List<String>> table, ProcessTable top) {
        table.getColumns().clear();
        for (int i = 0; i < top.titles().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> col = new TableColumn<>(top.titles().get(i));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(column < row.getValue().size()
                    ? row.getValue().get(column) : ""));
            table.getColumns().add(col);
        }
        table.getItems().setAll(top.rows());
    }
}
