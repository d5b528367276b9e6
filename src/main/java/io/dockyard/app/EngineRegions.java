package io.dockyard.app;

import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;

import java.util.List;

/**
 * Where the yards go: the one engine's yard alone, or each engine's region side by side, each
 * as wide as the others to begin with, in the order they were shown.
 */
final class EngineRegions extends StackPane {
    private final SplitPane sideBySide = new SplitPane();

    EngineRegions() {
        getStyleClass().add("engine-regions");
        sideBySide.getStyleClass().add("engine-split");
        setMinSize(0, 0);
    }

    /** Lays out these engines' regions, the first engine's first. */
    void show(List<EngineSession> sessions) {
        boolean alone = sessions.size() == 1;
        sessions.forEach(s -> s.region.setAlone(alone));
        if (alone) {
            sideBySide.getItems().clear();
            getChildren().setAll(sessions.get(0).region);
            return;
        }
        getChildren().setAll(sideBySide);
        sideBySide.getItems().setAll(sessions.stream().map(s -> s.region).toList());
        double[] dividers = new double[sessions.size() - 1];
        for (int i = 0; i < dividers.length; i++) {
            dividers[i] = (i + 1) / (double) sessions.size();
        }
        sideBySide.setDividerPositions(dividers);
    }
}
