package io.dockyard.actions.ui;

import io.dockyard.intent.ContainerLogs;
import io.dockyard.model.LogLine;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** {@code docker logs}: streamed, with follow, search and timestamps. Closing the window ends the stream. */
final class LogsWindow {
    private static final int KEEP = 20_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final ActionRunner runner;
    private final String container;
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final FilteredList<LogLine> shown = new FilteredList<>(lines);
    private final ToggleButton follow = new ToggleButton("Follow");
    private final ToggleButton timestamps = new ToggleButton("Timestamps");
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final ListView<LogLine> list = new ListView<>(shown);
    private CompletableFuture<Void> stream;

    private LogsWindow(ActionRunner runner, String container) {
        this.runner = runner;
        this.container = container;
    }

    static Stage open(ActionRunner runner, Supplier<Window> owner, String container) {
        LogsWindow w = new LogsWindow(runner, container);
        Stage stage = Windows.stage(owner, "Logs — " + container, w.createView(), 860, 520);
        stage.setOnHidden(e -> w.stopStream());
        stage.show();
        w.restart();
        return stage;
    }

    private BorderPane createView() {
        follow.setSelected(true);
        follow.setId("logs-follow");
        timestamps.setId("logs-timestamps");
        search.setPromptText("Search");
        search.setId("logs-search");
        list.setId("logs");
        list.getStyleClass().add("log-view");
        list.setCellFactory(v -> new LineCell());
        list.setPlaceholder(new Label("No output yet."));
        follow.selectedProperty().addListener((o, a, on) -> {
            if (on) {
                restart();
            } else {
                stopStream();
            }
        });
        timestamps.selectedProperty().addListener((o, a, b) -> list.refresh());
        search.textProperty().addListener((o, a, text) -> filter(text));
        Label cli = Windows.commandLine("logs-cli", runner.aimed(query().cliLine()));
        cli.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> "$ " + runner.aimed(query().cliLine()),
                follow.selectedProperty(), timestamps.selectedProperty()));
        HBox bar = new HBox(8, follow, timestamps, search, count, cli);
        bar.setStyle("-fx-padding: 8; -fx-alignment: center-left;");
        BorderPane root = new BorderPane(list);
        root.setTop(bar);
        return root;
    }

    /** What the window shows now: every line, followed or not, with or without times. */
    private ContainerLogs query() {
        return new ContainerLogs(container, ContainerLogs.ALL, follow.isSelected(), timestamps.isSelected());
    }

    private void filter(String text) {
        String needle = text == null ? "" : text.toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : l -> l.text().toLowerCase(Locale.ROOT).contains(needle));
        count.setText(needle.isEmpty() ? "" : shown.size() + " of " + lines.size() + " lines");
    }

    private void restart() {
        stopStream();
        lines.clear();
        UiBatcher<LogLine> batcher = new UiBatcher<>(runner.ui(), this::append);
        stream = runner.onUi(runner.commands().stream(query(), batcher));
        stream.whenComplete((v, failure) -> {
            if (failure != null && !(failure instanceof java.util.concurrent.CancellationException)) {
                append(List.of(new LogLine(null, true, "Dockyard: " + ActionRunner.message(failure))));
            }
        });
    }

    private void append(List<LogLine> batch) {
        lines.addAll(batch);
        if (lines.size() > KEEP) {
            lines.remove(0, lines.size() - KEEP);
        }
        filter(search.getText());
        if (follow.isSelected() && !shown.isEmpty()) {
            list.scrollTo(shown.size() - 1);
        }
    }

    private void stopStream() {
        if (stream != null) {
            stream.cancel(true);
            stream = null;
        }
    }

    private final class LineCell extends ListCell<LogLine> {
        @Override
        protected void updateItem(LogLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove("stderr");
            if (empty || line == null) {
                setText(null);
                return;
            }
            String time = timestamps.isSelected() && line.time() != null ? TIME.format(line.time()) + "  " : "";
            setText(time + line.text());
            if (line.stderr()) {
                getStyleClass().add("stderr");
            }
        }
    }
}
