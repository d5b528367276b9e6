package io.dockyard.app;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineInfo;
import io.dockyard.model.EngineState;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");
    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private StatusBar bar;

    @Start
    void start(Stage stage) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        bar = new StatusBar(clock);
        stage.setScene(new Scene(bar, 900, 40));
        stage.show();
    }

    @Test
    void anEngineThatStoppedAnsweringIsCountedInSecondsAndMarkedUnresponsive(FxRobot robot) {
        Connection live = new Connection(Connection.Status.LIVE, "unix:///var/run/docker.sock", "default socket", "");
        robot.interact(() -> bar.show(state(live)));
        assertEquals("live", text(robot));
        assertTrue(bar.getPseudoClassStates().contains(PseudoClass.getPseudoClass("live")));

        now.set(T0.plusSeconds(4));
        robot.interact(() -> bar.show(state(live.silent(T0))));
        assertEquals("the engine has not answered for 4 s", text(robot));
        assertTrue(bar.getPseudoClassStates().contains(PseudoClass.getPseudoClass("unresponsive")));
        assertFalse(bar.getPseudoClassStates().contains(PseudoClass.getPseudoClass("live")));

        now.set(T0.plus(Duration.ofSeconds(6)));
        robot.interact(bar::tick);
        assertEquals("the engine has not answered for 6 s", text(robot), "the count goes on every second");

        robot.interact(() -> bar.show(state(live)));
        assertEquals("live", text(robot));
        assertFalse(bar.getPseudoClassStates().contains(PseudoClass.getPseudoClass("unresponsive")));
    }

    @Test
    void theLastEventIsCountedInSecondsForAMinuteThenInCoarserUnits(FxRobot robot) {
        Connection live = new Connection(Connection.Status.LIVE, "unix:///var/run/docker.sock", "default socket", "");
        EngineState withEvent = new EngineState(1, io.dockyard.model.Catalogs.EMPTY, live, EngineInfo.UNKNOWN, T0, 0,
                List.of());
        robot.interact(() -> bar.show(withEvent));
        List<String> seen = new java.util.ArrayList<>();
        for (Duration d : List.of(Duration.ofSeconds(42), Duration.ofSeconds(59), Duration.ofSeconds(60),
                Duration.ofSeconds(61), Duration.ofMinutes(3).plusSeconds(20), Duration.ofMinutes(59).plusSeconds(59),
                Duration.ofHours(2).plusMinutes(10), Duration.ofDays(3))) {
            now.set(T0.plus(d));
            robot.interact(bar::tick);
            String t = robot.lookup("#status-last-event").queryAs(Label.class).getText();
            seen.add(t.substring(t.indexOf('(')));
        }
        // after a minute the words change once a minute, not every second
        assertEquals(List.of("(42 s ago)", "(59 s ago)", "(1 min ago)", "(1 min ago)", "(3 min ago)", "(59 min ago)",
                "(2 h ago)", "(3 days ago)"), seen);
    }

    private static String text(FxRobot robot) {
        return robot.lookup("#status #status-text").queryAs(Label.class).getText();
    }

    private static EngineState state(Connection c) {
        return new EngineState(1, io.dockyard.model.Catalogs.EMPTY, c, EngineInfo.UNKNOWN, null, 0, List.of());
    }
}
