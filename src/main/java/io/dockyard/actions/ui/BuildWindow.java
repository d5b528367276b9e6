package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.BuildProgress;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.BuildImage;
import io.dockyard.intent.ImageRefs;
import io.dockyard.intent.Parsed;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** {@code docker build} from a dropped folder or Dockerfile: output and steps stream, Cancel stops it. */
final class BuildWindow {
    private final ActionRunner runner;
    private final Path context;
    private final Path dockerfile;
    private final TextField tag = new TextField();
    private final Button build = new Button("Build");
    private final Button cancel = new Button("Cancel");
    private final Label status = new Label();
    private final ProgressBar steps = new ProgressBar(0);
    private final ListView<String> output = new ListView<>();
    private CompletableFuture<Outcome> running;

    private BuildWindow(ActionRunner runner, Path context, Path dockerfile) {
        this.runner = runner;
        this.context = context;
        this.dockerfile = dockerfile;
    }

    static Stage open(ActionRunner runner, Supplier<Window> owner, Path dropped) {
        boolean isFolder = Files.isDirectory(dropped);
        Path context = isFolder ? dropped : dropped.toAbsolutePath().getParent();
        BuildWindow w = new BuildWindow(runner, context, isFolder ? null : dropped);
        Stage stage = Windows.stage(owner, "Build from " + context.getFileName(), w.createView(), 760, 480);
        stage.setOnHidden(e -> w.cancel());
        stage.show();
        return stage;
    }

    private VBox createView() {
        String folder = context.getFileName() == null ? "image" : context.getFileName().toString();
        tag.setText(folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "") + ":latest");
        tag.setId("build-tag");
        HBox.setHgrow(tag, Priority.ALWAYS);
        build.setId("build-button");
        cancel.setId("build-cancel");
        cancel.setDisable(true);
        status.setId("build-status");
        status.setWrapText(true);
        output.setId("build-output");
        output.getStyleClass().add("log-view");
        steps.setMaxWidth(Double.MAX_VALUE);
        VBox.setVgrow(output, Priority.ALWAYS);
        tag.textProperty().addListener((o, a, t) -> check());
        build.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        check();
        VBox root = new VBox(8, new Label("Name for the new image (repository:tag):"), new HBox(8, tag, build, cancel),
                status, steps, output);
        root.setStyle("-fx-padding: 12;");
        return root;
    }

    private BuildImage intent() {
        return new BuildImage(context, dockerfile, tag.getText().trim(), Map.of());
    }

    private void check() {
        Parsed<String> t = ImageRefs.tagTarget(tag.getText());
        boolean hasDockerfile = Files.isRegularFile(dockerfile != null ? dockerfile : context.resolve("Dockerfile"));
        String problem = !t.isOk() ? t.problem() : !hasDockerfile ? "There is no Dockerfile in " + context + "." : null;
        status.setText(problem != null ? problem : "$ " + runner.aimed(intent().cliLine()));
        status.getStyleClass().remove("field-problem");
        if (problem != null) {
            status.getStyleClass().add("field-problem");
        }
        build.setDisable(problem != null || running != null);
    }

    private void start() {
        output.getItems().clear();
        steps.setProgress(0);
        build.setDisable(true);
        cancel.setDisable(false);
        running = runner.build(intent(), p -> progress(List.of(p)));
        running.whenComplete((outcome, failure) -> {
            running = null;
            cancel.setDisable(true);
            check();
            if (failure == null) {
                steps.setProgress(1);
                status.setText("✓ built " + outcome.summary() + " — it is drawing itself into the yard");
            } else {
                status.setText(failure instanceof java.util.concurrent.CancellationException ? "Cancelled."
                        : ActionRunner.message(failure));
                status.getStyleClass().add("field-problem");
            }
        });
    }

    private void progress(List<BuildProgress> batch) {
        for (BuildProgress p : batch) {
            output.getItems().add(p.line());
            if (p.totalSteps() > 0) {
                steps.setProgress((double) p.step() / p.totalSteps());
            }
        }
        output.scrollTo(output.getItems().size() - 1);
    }

    private void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }
}
