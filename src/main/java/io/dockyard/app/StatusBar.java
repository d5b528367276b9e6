package io.dockyard.app;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The bottom line: connection state, endpoint and why, engine version, last event, counts. Its
 * connection state is one pseudo-class ({@code :live :connecting :unresponsive :reconnecting
 * :no-engine}); an engine that stopped answering is counted in seconds.
 */
public final class StatusBar extends HBox {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Circle dot = new Circle(5);
    private final Label status = new Label();
    private final Label endpoint = new Label();
    private final Label engine = new Label();
    private final Label lastEvent = new Label();
    private final Label counts = new Label();
    private final Label notice = new Label();
    private final Label exposure = new Label();
    private final Clock clock;
    private EngineState state;

    public StatusBar(Clock clock) {
        this.clock = clock;
        getStyleClass().add("status-bar");
        setId("status");
        setAlignment(Pos.CENTER_LEFT);
        dot.getStyleClass().add("status-dot");
        status.getStyleClass().add("status-text");
        status.setId("status-text");
        endpoint.setId("status-endpoint");
        lastEvent.setId("status-last-event");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        exposure.setId("status-exposure");
        exposure.getStyleClass().add("status-exposure");
        exposure.managedProperty().bind(exposure.visibleProperty());
        exposure.setVisible(false);
        getChildren().addAll(dot, status, endpoint, exposure, engine, lastEvent, grow, notice, counts);
    }

    public void show(EngineState newState) {
        state = newState;
        Connection c = newState.connection();
        for (Connection.Status s : Connection.Status.values()) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(cssName(s)), s == c.status());
        }
        status.setText(words(c, clock.instant()));
        endpoint.setText(c.endpoint().isEmpty() ? "looking for an engine…"
                : c.endpoint() + (c.source().isEmpty() ? "" : " (" + c.source() + ")"));
        endpoint.setTooltip(c.reason().isEmpty() ? null : new javafx.scene.control.Tooltip(c.reason()));
        engine.setText(newState.engine().version().isEmpty() ? ""
                : "Engine " + newState.engine().version() + " · API " + newState.engine().apiVersion());
        long buses = newState.networks().values().stream().filter(n -> !n.isDefault()).count();
        counts.setText(newState.images().size() + " images · " + newState.containers().size() + " containers · "
                + newState.volumes().size() + " volumes · " + buses + " networks");
        if (!c.detail().isEmpty() && c.status() != Connection.Status.LIVE) {
            endpoint.setText(endpoint.getText() + " — " + c.detail());
        }
        tick();
    }

    /**
     * Warns that the way to the engine is open to others ("unencrypted and unauthenticated" for a
     * plain {@code tcp://} to another machine); empty words take the warning away.
     */
    public void showExposure(String words) {
        exposure.setText(words.isEmpty() ? "" : "⚠ " + words);
        exposure.setVisible(!words.isEmpty());
    }

    /** Shows a message that is not about the connection, such as a settings file that was replaced. */
    public void notice(String message) {
        notice.setText(message);
        notice.setTooltip(message.isEmpty() ? null : new javafx.scene.control.Tooltip(message));
    }

    /**
     * Refreshes the "last event … ago" and "has not answered for …" texts; called every second
     * while the window is on screen (a label given its own text again costs nothing).
     */
    public void tick() {
        if (state != null && state.connection().status() == Connection.Status.UNRESPONSIVE) {
            status.setText(words(state.connection(), clock.instant()));
        }
        if (state == null || state.lastEventTime() == null) {
            lastEvent.setText(state != null && state.connection().status() == Connection.Status.LIVE
                    ? "no events yet" : "");
            return;
        }
        Instant t = state.lastEventTime();
        lastEvent.setText("last event " + CLOCK.format(t) + " (" + ago(Duration.between(t, clock.instant())) + ")");
    }

    /** Seconds for the first minute, then whole minutes, hours, days: after a minute it changes once a minute. */
    static String ago(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + " s ago";
        } else if (s < 3600) {
            return s / 60 + " min ago";
        } else if (s < 86_400) {
            return s / 3600 + " h ago";
        }
        long days = s / 86_400;
        return days + (days == 1 ? " day ago" : " days ago");
    }

    static String cssName(Connection.Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String words(Connection c, Instant now) {
        return switch (c.status()) {
            case CONNECTING -> "connecting";
            case LIVE -> "live";
            case UNRESPONSIVE -> "the engine has not answered for "
                    + Math.max(0, Duration.between(c.silentSince(), now).getSeconds()) + " s";
            case RECONNECTING -> "reconnecting";
            case NO_ENGINE -> "no engine";
        };
    }
}
