package io.dockyard.actions.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The dashed placeholder shown where a blueprint was dropped, while the engine creates the
 * container. It never pretends to be the container: it says "starting…" until the real one
 * arrives through the engine's events, or shows the engine's refusal.
 */
final class Ghost extends VBox {
    private final Label title = new Label("starting…");
    private final Label detail = new Label();
    private String containerId;

    Ghost(String image) {
        getStyleClass().add("ghost");
        getStylesheets().add(Windows.STYLESHEET);
        title.getStyleClass().add("ghost-title");
        detail.getStyleClass().add("ghost-detail");
        detail.setText("from " + image);
        detail.setWrapText(true);
        setMaxWidth(320);
        setPrefWidth(240);
        setManaged(false);
        setMouseTransparent(true);
        getChildren().addAll(title, detail);
        autosize();
    }

    String containerId() {
        return containerId;
    }

    void started(String id) {
        containerId = id;
    }

    /** Shows the engine's words; a click dismisses the ghost. */
    void failed(String message) {
        getStyleClass().add("ghost-failed");
        title.setText("could not run");
        detail.setText(message + "\n(click to dismiss)");
        setMouseTransparent(false);
        setOnMouseClicked(e -> {
            if (getParent() instanceof javafx.scene.layout.Pane pane) {
                pane.getChildren().remove(this);
            }
            e.consume();
        });
        setPrefWidth(320);
        applyCss();
        autosize();
    }
}
