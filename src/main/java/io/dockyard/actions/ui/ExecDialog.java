package io.dockyard.actions.ui;

import io.dockyard.intent.ExecCommand;
import io.dockyard.intent.InputRules;
import io.dockyard.intent.Parsed;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Supplier;

/** {@code docker exec}: one more command inside a running container, and its output. */
final class ExecDialog {
    private ExecDialog() {
    }

    static Stage open(ActionRunner runner, Supplier<Window> owner, String container) {
        TextField command = new TextField("ps");
        command.setId("exec-command");
        HBox.setHgrow(command, Priority.ALWAYS);
        Button run = new Button("Run");
        run.setId("exec-run");
        run.setDefaultButton(true);
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        TextArea output = new TextArea();
        output.setId("exec-output");
        output.setEditable(false);
        output.getStyleClass().add("output-area");
        Label exit = new Label();
        VBox top = new VBox(6, new Label("A command to run inside " + container + " (quoted as in a shell):"),
                new HBox(8, command, run), problem);
        top.setStyle("-fx-padding: 10;");
        BorderPane root = new BorderPane(output);
        root.setTop(top);
        root.setBottom(exit);
        command.textProperty().addListener((o, a, text) -> {
            Parsed<List<String>> words = InputRules.command(text);
            problem.setText(words.isOk() ? (words.value().isEmpty() ? "Type a command." : "") : words.problem());
            run.setDisable(!words.isOk() || words.value().isEmpty());
        });
        run.setOnAction(e -> {
            Parsed<List<String>> words = InputRules.command(command.getText());
            if (!words.isOk() || words.value().isEmpty()) {
                return;
            }
            run.setDisable(true);
            exit.setText("running…");
            runner.perform(new ExecCommand(container, words.value())).whenComplete((outcome, failure) -> {
                run.setDisable(false);
                if (failure != null) {
                    exit.setText(ActionRunner.message(failure));
                } else {
                    output.setText(outcome.output());
                    exit.setText(outcome.summary());
                }
            });
        });
        Stage stage = Windows.stage(owner, "Run a command in " + container, root, 700, 420);
        stage.show();
        return stage;
    }
}
