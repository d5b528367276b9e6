package io.dockyard.actions.ui;

import io.dockyard.intent.ContainerStats;
import io.dockyard.model.StatsSample;
import io.dockyard.text.ByteSize;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Live CPU and memory sparklines of one container. It listens to the engine only while it is in
 * a scene: put it in the inspector and it stops by itself when the inspector shows something else.
 */
public final class StatsView extends GridPane {
    private static final int SAMPLES = 60;
    private final ActionRunner runner;
    private final ContainerStats query;
    private final Sparkline cpu = new Sparkline(SAMPLES, 0, "cpu");
    private final Sparkline memory = new Sparkline(SAMPLES, 0, "memory");
    private final Label cpuText = new Label("CPU …");
    private final Label memoryText = new Label("Memory …");
    private CompletableFuture<Void> stream;

    /** @param container name or id */
    public StatsView(ActionRunner runner, String container) {
        this.runner = runner;
        this.query = new ContainerStats(container);
        getStyleClass().add("stats-view");
        getStylesheets().add(Windows.STYLESHEET);
        setHgap(10);
        setVgap(6);
        cpuText.setId("stats-cpu");
        memoryText.setId("stats-memory");
        cpuText.getStyleClass().add("mono");
        memoryText.getStyleClass().add("mono");
        addRow(0, cpuText, cpu);
        addRow(1, memoryText, memory);
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                stop();
            } else if (stream == null) {
                start();
            }
        });
    }

    /** What it listens to, and the command line that shows the same. */
    public ContainerStats query() {
        return query;
    }

    public int samplesShown() {
        return cpu.size();
    }

    private void start() {
        stream = runner.onUi(runner.commands().stream(query, new UiBatcher<>(runner.ui(), this::show)));
        stream.whenComplete((v, failure) -> {
            if (failure != null && !(failure instanceof java.util.concurrent.CancellationException)) {
                cpuText.setText(ActionRunner.message(failure));
            }
        });
    }

    private void show(List<StatsSample> samples) {
        for (StatsSample s : samples) {
            cpu.add(s.cpuPercent());
            memory.add(s.memoryBytes());
        }
        StatsSample last = samples.get(samples.size() - 1);
        cpuText.setText(String.format(Locale.ROOT, "CPU %5.1f %%", last.cpuPercent()));
        memoryText.setText("Memory " + ByteSize.human(last.memoryBytes()) + " / " + ByteSize.human(last.memoryLimit()));
    }

    /** Stops listening; called by itself when it leaves the scene. */
    public void stop() {
        if (stream != null) {
            stream.cancel(true);
            stream = null;
        }
    }
}
