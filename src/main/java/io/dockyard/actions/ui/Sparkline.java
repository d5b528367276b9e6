package io.dockyard.actions.ui;

import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;

import java.util.ArrayDeque;
import java.util.Deque;

/** A small line of the last values, scaled to the largest of them (or a fixed ceiling). */
public final class Sparkline extends Pane {
    private final Polyline line = new Polyline();
    private final Deque<Double> values = new ArrayDeque<>();
    private final int capacity;
    private final double ceiling;

    /** @param ceiling the value drawn at the top, or 0 to scale to the largest value shown */
    public Sparkline(int capacity, double ceiling, String kind) {
        this.capacity = capacity;
        this.ceiling = ceiling;
        line.getStyleClass().addAll("sparkline", kind);
        getChildren().add(line);
        setPrefSize(160, 32);
        setMinSize(60, 16);
        widthProperty().addListener((o, a, b) -> redraw());
        heightProperty().addListener((o, a, b) -> redraw());
    }

    public void add(double value) {
        values.addLast(value);
        while (values.size() > capacity) {
            values.removeFirst();
        }
        redraw();
    }

    public int size() {
        return values.size();
    }

    private void redraw() {
        double max = ceiling > 0 ? ceiling : values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        max = max <= 0 ? 1 : max;
        double w = Math.max(1, getWidth());
        double h = Math.max(1, getHeight());
        double step = capacity > 1 ? w / (capacity - 1) : w;
        double x = w - step * (values.size() - 1);
        line.getPoints().clear();
        for (double v : values) {
            line.getPoints().addAll(x, h - Math.min(1, v / max) * (h - 2) - 1);
            x += step;
        }
    }
}
