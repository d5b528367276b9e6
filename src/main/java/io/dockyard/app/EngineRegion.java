package io.dockyard.app;

import io.dockyard.engine.EngineEndpoint;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.yard.YardView;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

import java.time.Clock;

/**
 * One engine's part of the yard while several are shown: a header with its name, where it is,
 * its own connection state (one pseudo-class, as the status bar's) and how exposed the way to it
 * is, over its own yard. Class {@code engine}, id {@code engine-<sha12 of the engine's id>} once
 * the engine has said who it is. While its engine does not answer, the yard says so and why.
 */
final class EngineRegion extends BorderPane {
    private static final String EXPOSED_WORDS = "Anyone on the network between you and this engine can read what it"
            + " says and run containers on it. Use TLS (tcp:// with certificates) or ssh:// instead.";
    private final Circle dot = new Circle(5);
    private final Label name = new Label();
    private final Label status = new Label();
    private final Label where = new Label();
    private final Label exposure = new Label();
    private final Label counts = new Label();
    private final Label absent = new Label();
    private final StackPane body;
    private final Clock clock;
    private final HBox header;
    private final Tooltip whereTip = new Tooltip();
    private final Tooltip exposedTip = new Tooltip(EXPOSED_WORDS);
    private String engineId = "";
    private boolean alone = true;
    private final boolean hideable;

    /**
     * @param yard   the engine's yard, or what stands in for it
     * @param onHide what the region's close button does; null for the first engine's region, which
     *               cannot be hidden and whose missing engine has a page of its own
     */
    EngineRegion(Node yard, Runnable onHide, Clock clock) {
        this.clock = clock;
        this.hideable = onHide != null;
        dot.getStyleClass().add("status-dot");
        name.getStyleClass().add("engine-name");
        status.getStyleClass().add("engine-status");
        where.getStyleClass().add("engine-where");
        exposure.getStyleClass().add("engine-exposure");
        exposure.setVisible(false);
        exposure.managedProperty().bind(exposure.visibleProperty());
        counts.getStyleClass().add("engine-counts");
        // a narrow region cuts the address and the counts first, then the name; the state, the
        // warning and the hide button always show in full
        for (Label whole : new Label[] {status, exposure}) {
            whole.setMinWidth(Region.USE_PREF_SIZE);
        }
        name.setMinWidth(48);
        where.setMinWidth(0);
        counts.setMinWidth(0);
        HBox.setHgrow(where, Priority.SOMETIMES);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        header = new HBox(8, dot, name, status, where, exposure, grow, counts);
        header.getStyleClass().add("engine-header");
        header.setAlignment(Pos.CENTER_LEFT);
        if (onHide != null) {
            Button hide = MainWindow.toolButton("✕", "Hide this engine (Engines menu shows it again)", onHide);
            hide.getStyleClass().add("engine-hide");
            hide.setMinWidth(Region.USE_PREF_SIZE);
            header.getChildren().add(hide);
        }
        absent.getStyleClass().add("engine-absent");
        absent.setWrapText(true);
        absent.setVisible(false);
        absent.setMaxWidth(420);
        body = new StackPane(yard, absent);
        body.setMinSize(0, 0);
        setCenter(body);
        setMinWidth(0);
        setAlone(true);
    }

    /**
     * Alone, the region is the yard and nothing more: the status bar speaks for its engine. Beside
     * others it is an {@code engine} region with its header and id.
     */
    void setAlone(boolean alone) {
        this.alone = alone;
        setTop(alone ? null : header);
        getStyleClass().remove("engine");
        if (!alone) {
            getStyleClass().add("engine");
        }
        applyId();
    }

    private void applyId() {
        setId(alone || engineId.isEmpty() ? null : "engine-" + YardView.engineTag(engineId));
    }

    /** The engine as it is now; {@code endpoint} is where it is reached, null before one is found. */
    void show(EngineState state, EngineEndpoint endpoint, String label) {
        Connection c = state.connection();
        for (Connection.Status s : Connection.Status.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(StatusBar.cssName(s)), s == c.status());
        }
        if (!state.engine().id().isEmpty() && !state.engine().id().equals(engineId)) {
            engineId = state.engine().id();
            applyId();
        }
        name.setText(label);
        status.setText(StatusBar.words(c, clock.instant()));
        where.setText(c.endpoint().equals(label) ? "" : c.endpoint());
        if (!c.reason().equals(whereTip.getText())) { // a state comes with every burst; the reason seldom changes
            whereTip.setText(c.reason());
            where.setTooltip(c.reason().isEmpty() ? null : whereTip);
        }
        String open = endpoint == null ? c.exposure() : endpoint.exposure().words();
        exposure.setText(open.isEmpty() ? "" : "⚠ " + open);
        exposure.setTooltip(open.isEmpty() ? null : exposedTip);
        exposure.setVisible(!open.isEmpty());
        counts.setText(state.images().size() + " images · " + state.containers().size() + " containers");
        boolean none = c.status() == Connection.Status.NO_ENGINE || c.status() == Connection.Status.CONNECTING
                && !c.detail().isEmpty();
        none &= hideable; // the first engine's missing engine has its own page over its yard
        absent.setVisible(none);
        absent.setText(none ? "No engine answers here. " + c.detail()
                + "\nDockyard keeps trying in the background; this goes away when the engine answers." : "");
    }
}
