package io.dockyard.yard;

import io.dockyard.model.Layer;
import io.dockyard.text.ByteSize;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * An image's read-only layers as thin bars, newest on top and the base at the bottom, each bar's
 * thickness on a log scale of the bytes it adds. Hovering a bar shows the instruction that made it.
 */
final class LayerStack extends VBox {
    private final double maxHeight;
    private final boolean withTooltips;
    private List<Layer> shown = List.of();

    LayerStack(double maxHeight, boolean withTooltips, String styleClass) {
        this.maxHeight = maxHeight;
        this.withTooltips = withTooltips;
        getStyleClass().add(styleClass);
        setSpacing(withTooltips ? 3 : 1);
        setFillWidth(true);
        setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Rebuilds the bars only when the layers really changed (they rarely do). */
    void setLayers(List<Layer> layers) {
        List<Layer> files = layers.stream().filter(l -> !l.isEmpty()).toList();
        if (files.equals(shown)) {
            return;
        }
        shown = files;
        List<Region> bars = new ArrayList<>();
        double[] heights = heights(files, maxHeight - getSpacing() * Math.max(0, files.size() - 1),
                withTooltips ? 3 : 1.5, withTooltips ? 22 : 4);
        for (int i = files.size() - 1; i >= 0; i--) {
            bars.add(bar(files.get(i), heights[i]));
        }
        getChildren().setAll(bars);
    }

    private Region bar(Layer layer, double height) {
        StackPane bar = new StackPane();
        bar.getStyleClass().add("layer");
        bar.setPrefHeight(height);
        bar.setMinHeight(height);
        bar.setMaxHeight(height);
        if (withTooltips) {
            if (height >= 16) {
                Label text = new Label(shortInstruction(layer.createdBy()) + "  ·  " + ByteSize.human(layer.size()));
                text.getStyleClass().add("layer-text");
                StackPane.setAlignment(text, Pos.CENTER_LEFT);
                bar.getChildren().add(text);
            }
            Tooltip tip = new Tooltip(layer.createdBy() + "\n" + ByteSize.human(layer.size()));
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            Tooltip.install(bar, tip);
        }
        return bar;
    }

    /** Log-scaled bar heights that fit {@code room} together; pure, so it can be tested. */
    static double[] heights(List<Layer> layers, double room, double min, double max) {
        double[] h = new double[layers.size()];
        if (layers.isEmpty()) {
            return h;
        }
        double biggest = layers.stream().mapToLong(Layer::size).max().orElse(1);
        double total = 0;
        for (int i = 0; i < h.length; i++) {
            double share = Math.log10(layers.get(i).size() + 1) / Math.log10(biggest + 1);
            h[i] = min + (max - min) * share * share;
            total += h[i];
        }
        if (total > room && room > 0) {
            double squeeze = room / total;
            for (int i = 0; i < h.length; i++) {
                h[i] = Math.max(1, h[i] * squeeze);
            }
        }
        return h;
    }

    static String shortInstruction(String createdBy) {
        String s = createdBy.replace("/bin/sh -c #(nop) ", "").replace("/bin/sh -c ", "RUN ").trim();
        int hash = s.indexOf(" # ");
        if (hash > 0) {
            s = s.substring(0, hash);
        }
        return s.length() > 34 ? s.substring(0, 33) + "…" : s;
    }
}
