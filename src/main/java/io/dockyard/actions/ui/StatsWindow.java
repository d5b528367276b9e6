package io.dockyard.actions.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/** {@code docker stats} for one container, as live sparklines. */
final class StatsWindow {
    private StatsWindow() {
    }

    static Stage open(ActionRunner runner, Supplier<Window> owner, String container) {
        StatsView view = new StatsView(runner, container);
        Label cli = Windows.commandLine("stats-cli", runner.aimed(view.query().cliLine()));
        VBox root = new VBox(10, view, cli);
        root.setStyle("-fx-padding: 12;");
        Stage stage = Windows.stage(owner, "CPU and memory — " + container, root, 420, 140);
        stage.setOnHidden(e -> view.stop());
        stage.show();
        return stage;
    }
}
