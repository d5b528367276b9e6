package io.dockyard.actions.ui;

import io.dockyard.intent.RunContainer;
import io.dockyard.intent.RunForm;
import io.dockyard.intent.RunForm.Field;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * "Run with options…": name, ports, environment, volumes (typed, or a volume picked or named and
 * mounted at a path), command, restart policy, auto-remove.
 * Every keystroke re-checks the form; problems show under their field and the docker command it
 * equals is previewed at the bottom. Run stays disabled until the form is valid. Whether a host
 * port is free is asked in the background once typing pauses ("checking…" meanwhile), since the
 * answer can wait on DNS.
 */
public final class RunDialog {
    private final ActionRunner runner;
    private final PortCheck hostPorts;
    private final String image;
    private final TextField name = field("run-name", "let Docker pick one");
    private final TextArea ports = area("run-ports", "8080:80  (one per line: [ip:]host:container[/udp])");
    private final TextArea env = area("run-env", "KEY=value  (one per line)");
    private final TextArea volumes = area("run-volumes", "name:/path, /host/folder:/path[:ro] or /path");
    private final TextField command = field("run-command", "the image's own command");
    private final ComboBox<String> restart = new ComboBox<>();
    private final CheckBox autoRemove = new CheckBox("Remove the container when it exits (--rm)");
    private final Map<Field, Label> problems = new EnumMap<>(Field.class);
    private final Label preview = new Label();
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private RunForm.Check check;

    private RunDialog(ActionRunner runner, PortCheck hostPorts, String image) {
        this.runner = runner;
        this.hostPorts = hostPorts;
        this.image = image;
    }

    /** Opens the dialog for an image; {@code onRun} gets the checked intent when the user presses Run. */
    static Dialog<ButtonType> open(ActionRunner runner, PortCheck hostPorts, Supplier<Window> owner,
                                          String image, Consumer<RunContainer> onRun) {
        RunDialog d = new RunDialog(runner, hostPorts, image);
        d.createView(owner);
        d.initListeners(onRun);
        d.recheck();
        d.dialog.show();
        return d.dialog;
    }

    private void createView(Supplier<Window> owner) {
        Windows.style(dialog, owner);
        dialog.setTitle("Run " + image + " with options");
        dialog.setHeaderText("Run a container from " + image);
        ButtonType run = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(run, ButtonType.CANCEL);
        restart.setId("run-restart");
        restart.setEditable(true);
        restart.getItems().addAll("no", "always", "unless-stopped", "on-failure", "on-failure:3");
        restart.setValue("no");
        autoRemove.setId("run-rm");
        GridPane grid = new GridPane();
        javafx.scene.layout.ColumnConstraints titles = new javafx.scene.layout.ColumnConstraints();
        titles.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(titles, inputs);
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        row = addRow(grid, row, "Name", name, Field.NAME);
        row = addRow(grid, row, "Ports", ports, Field.PORTS);
        row = addRow(grid, row, "Environment", env, Field.ENV);
        row = addRow(grid, row, "Volumes", volumes, Field.VOLUMES);
        grid.add(new Label("Mount"), 0, row);
        grid.add(new VolumePicker(runner.state().volumes().values(), this::addVolume), 1, row++);
        row = addRow(grid, row, "Command", command, Field.COMMAND);
        row = addRow(grid, row, "Restart", restart, Field.RESTART);
        grid.add(autoRemove, 1, row);
        problems.put(Field.IMAGE, problemLabel(Field.IMAGE));
        preview.setId("run-preview");
        preview.getStyleClass().addAll("mono", "muted");
        preview.setWrapText(true);
        VBox content = new VBox(10, grid, problems.get(Field.IMAGE), preview);
        content.setPrefWidth(620);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(run).setId("run-button");
    }

    private int addRow(GridPane grid, int row, String title, Node input, Field field) {
        grid.add(new Label(title), 0, row);
        grid.add(input, 1, row);
        Label problem = problemLabel(field);
        problems.put(field, problem);
        grid.add(problem, 1, row + 1);
        return row + 2;
    }

    private static Label problemLabel(Field field) {
        Label l = new Label();
        l.setId("problem-" + field.name().toLowerCase(java.util.Locale.ROOT));
        l.getStyleClass().add("field-problem");
        l.setWrapText(true);
        l.setMaxWidth(520);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // let wrapped lines take their height
        return l;
    }

    /** One more {@code -v} line, after those typed. */
    private void addVolume(io.dockyard.intent.VolumeSpec spec) {
        String typed = volumes.getText() == null ? "" : volumes.getText().stripTrailing();
        volumes.setText(typed.isEmpty() ? spec.toCli() : typed + "\n" + spec.toCli());
    }

    private void initListeners(Consumer<RunContainer> onRun) {
        for (TextInputControl input : List.of(name, ports, env, volumes, command)) {
            input.textProperty().addListener((o, a, b) -> recheck());
        }
        restart.getEditor().textProperty().addListener((o, a, b) -> recheck());
        restart.valueProperty().addListener((o, a, b) -> recheck());
        autoRemove.selectedProperty().addListener((o, a, b) -> recheck());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null && dialog.getResult().getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                recheck();
                if (!hostPorts.checking()) {
                    check.runnable().ifPresent(onRun);
                }
            }
        });
    }

    private void recheck() {
        String policy = restart.getEditor().getText() == null || restart.getEditor().getText().isEmpty()
                ? restart.getValue() : restart.getEditor().getText();
        RunForm form = new RunForm(image, name.getText(), ports.getText(), env.getText(), volumes.getText(),
                command.getText(), policy, autoRemove.isSelected(), Map.of());
        check = form.check(runner.state(), hostPorts.view());
        boolean checking = hostPorts.checking();
        problems.forEach((field, label) -> label.setText(String.join("\n", check.problems().getOrDefault(field, List.of()))));
        if (checking && problems.get(Field.PORTS).getText().isEmpty()) {
            problems.get(Field.PORTS).setText("checking whether the host ports are free…");
        }
        preview.setText(check.isOk() ? "$ " + runner.aimed(check.intent().cliLine()) : "Fix the marked fields to run.");
        Button run = (Button) dialog.getDialogPane().lookup("#run-button");
        if (run != null) {
            run.setDisable(!check.isOk() || checking);
        }
        hostPorts.askSoon(this::recheck);
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        return f;
    }

    private static TextArea area(String id, String prompt) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPromptText(prompt);
        a.setPrefRowCount(2);
        a.setPrefColumnCount(40);
        return a;
    }
}
