package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.engine.api.EngineCommands.PullProgress;
import io.dockyard.intent.ImageRefs;
import io.dockyard.intent.Parsed;
import io.dockyard.intent.PullImage;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** {@code docker pull} with one progress bar per layer; Cancel stops the download. */
final class PullDialog {
    private final ActionRunner runner;
    private final TextField reference = new TextField();
    private final Button pull = new Button("Pull");
    private final Button cancel = new Button("Cancel");
    private final Label status = new Label();
    private final VBox layers = new VBox(4);
    private final Map<String, ProgressBar> bars = new HashMap<>();
    private final Map<String, Label> labels = new HashMap<>();
    private CompletableFuture<Outcome> running;

    private PullDialog(ActionRunner runner) {
        this.runner = runner;
    }

    static Stage open(ActionRunner runner, Supplier<Window> owner, String initial) {
        PullDialog d = new PullDialog(runner);
        Stage stage = Windows.stage(owner, "Pull an image", d.createView(initial), 600, 420);
        stage.setOnHidden(e -> d.cancel());
        stage.show();
        return stage;
    }

    private VBox createView(String initial) {
        reference.setText(initial == null ? "" : initial);
        reference.setPromptText("busybox:1.36");
        reference.setId("pull-reference");
        HBox.setHgrow(reference, Priority.ALWAYS);
        pull.setId("pull-button");
        pull.setDefaultButton(true);
        cancel.setId("pull-cancel");
        cancel.setDisable(true);
        status.setId("pull-status");
        status.setWrapText(true);
        layers.getStyleClass().add("layer-progress");
        reference.textProperty().addListener((o, a, text) -> check(text));
        pull.setOnAction(e -> start());
        cancel.setOnAction(e -> cancel());
        check(reference.getText());
        ScrollPane scroll = new ScrollPane(layers);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(10, new Label("Image to download from its registry:"), new HBox(8, reference, pull, cancel),
                status, scroll);
        root.setStyle("-fx-padding: 12;");
        return root;
    }

    private void check(String text) {
        Parsed<String> ref = ImageRefs.reference(text);
        status.getStyleClass().remove("field-problem");
        status.setText(ref.isOk() ? "$ docker pull " + ref.value() : ref.problem());
        if (!ref.isOk()) {
            status.getStyleClass().add("field-problem");
        }
        pull.setDisable(!ref.isOk() || running != null);
    }

    private void start() {
        Parsed<String> ref = ImageRefs.reference(reference.getText());
        if (!ref.isOk()) {
            return;
        }
        layers.getChildren().clear();
        bars.clear();
        labels.clear();
        pull.setDisable(true);
        cancel.setDisable(false);
        status.setText("Pulling " + ref.value() + "…");
        running = runner.pull(new PullImage(ref.value()), this::progress);
        running.whenComplete((outcome, failure) -> {
            running = null;
            cancel.setDisable(true);
            check(reference.getText());
            if (failure == null) {
                status.setText("✓ " + outcome.summary());
            } else {
                status.setText(failure instanceof java.util.concurrent.CancellationException ? "Cancelled."
                        : ActionRunner.message(failure));
                status.getStyleClass().add("field-problem");
            }
        });
    }

    private void progress(PullProgress p) {
        if (p.layer().isEmpty() || p.layer().contains(":")) {
            status.setText(p.status());
            return;
        }
        ProgressBar bar = bars.computeIfAbsent(p.layer(), id -> {
            ProgressBar b = new ProgressBar(0);
            Label l = new Label();
            l.getStyleClass().add("mono");
            labels.put(id, l);
            layers.getChildren().add(new HBox(8, new Label(id), b, l));
            return b;
        });
        double fraction = p.fraction();
        if (fraction >= 0) {
            bar.setProgress(fraction);
        } else if (p.status().contains("complete") || p.status().contains("exists")) {
            bar.setProgress(1);
        }
        labels.get(p.layer()).setText(p.status());
    }

    private void cancel() {
        if (running != null) {
            running.cancel(true);
        }
    }
}
