package io.dockyard.yard;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * What floats over the yard: the filter field, the zoom buttons, the minimap and the banner that
 * says why things are highlighted. Kept apart from the canvas so the view stays about nodes.
 */
final class YardChrome {
    static final PseudoClass DIMMED = PseudoClass.getPseudoClass("dimmed");

    private final YardView view;
    private final YardScene scene;
    private final YardViewModel model;
    private final TextField filter = new TextField();
    private final Label reason = new Label();
    private final Minimap minimap = new Minimap();
    private final HBox zoomBar = new HBox(4);

    YardChrome(YardView view, YardScene scene, YardViewModel model) {
        this.view = view;
        this.scene = scene;
        this.model = model;
    }

    void install() {
        filter.setId("yard-filter");
        filter.setPromptText("Filter by name, tag or state (Ctrl+F)");
        filter.setPrefColumnCount(22);
        filter.setMaxWidth(Region.USE_PREF_SIZE);
        filter.textProperty().bindBidirectional(model.filterProperty());
        reason.getStyleClass().add("highlight-reason");
        reason.setVisible(false);
        reason.setMouseTransparent(true);
        reason.setWrapText(true);
        reason.setMaxWidth(560);
        Button out = button("−", "Zoom out (-)", () -> view.zoomBy(1 / 1.25));
        Button in = button("+", "Zoom in (+)", () -> view.zoomBy(1.25));
        Button fit = button("Fit", "Fit the whole yard in view (0)", view::fitToView);
        zoomBar.getChildren().setAll(out, in, fit);
        zoomBar.getStyleClass().add("zoom-bar");
        zoomBar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        minimap.setOnGo((x, y) -> {
            scene.camera.centerOn(x, y, scene.viewport.getWidth(), scene.viewport.getHeight());
            view.cameraMoved();
        });
        place(filter, Pos.TOP_RIGHT);
        place(reason, Pos.BOTTOM_CENTER);
        place(zoomBar, Pos.BOTTOM_LEFT);
        place(minimap, Pos.BOTTOM_RIGHT);
        view.getChildren().addAll(filter, reason, zoomBar, minimap);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("zoom-button");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void place(javafx.scene.Node n, Pos where) {
        StackPane.setAlignment(n, where);
        StackPane.setMargin(n, new Insets(10));
    }

    TextField filterField() {
        return filter;
    }

    void showReason(String text) {
        reason.setText(text);
        reason.setVisible(text != null && !text.isBlank());
    }

    /** Shows the minimap only when the yard does not fit the window, and frames what is visible. */
    void refreshMinimap() {
        YardLayout.Placement p = scene.placement;
        double w = scene.viewport.getWidth();
        double h = scene.viewport.getHeight();
        if (p == null || w <= 0) {
            minimap.setVisible(false);
            return;
        }
        PanZoom cam = scene.camera;
        double z = cam.zoom();
        boolean large = view.contentWidth() * z > w * 1.02 || p.height() * z > h * 1.02;
        minimap.setVisible(large);
        if (large) {
            Rectangle2D visible = new Rectangle2D(-cam.offsetX() / z, -cam.offsetY() / z, w / z, h / z);
            minimap.update(p, visible);
        }
    }
}
