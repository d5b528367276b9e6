package io.dockyard.yard;

import io.dockyard.concurrent.Ticker;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;
import io.dockyard.motion.CaretRest;
import io.dockyard.motion.Motion;
import io.dockyard.testing.MutableClock;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A yard where nothing happens costs nothing: its cues step a few times a second on the ticker the
 * test feeds, only where they can be seen, and once a state change has animated nothing of the
 * yard plays and nothing is painted. (Run alone, no pulse runs at all; in the whole suite other
 * tests' windows may keep the toolkit pulsing, so the test counts this scene's paints.)
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class YardIdleTest {
    /** A whole multiple of the cues' cycles, so that a test starts on the first step of a breath. */
    private static final Instant T0 = Instant.parse("2026-11-27T12:00:40Z");
    private static final Duration STEP = Duration.ofMillis(Motion.STANDARD.cueStepMillis());
    /** The restarting glyph turns an eighth every second step. */
    private static final Duration TURN_STEP = STEP.multipliedBy(2);

    private final MutableClock clock = new MutableClock(T0);
    private final Ticker ticker = Ticker.manual(clock);
    private final AtomicInteger paints = new AtomicInteger();
    private Stage stage;
    private CaretRest caret;
    private YardView yard;
    private Scene scene;
    private EngineState state;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        yard = new YardView(new YardViewModel(), Motion.STANDARD, ticker);
        scene = new Scene(yard, 1200, 760);
        // this scene's own painted frames: other tests in this JVM may keep the toolkit pulsing,
        // but a pulse paints a scene only when something in it changed
        com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(paints::incrementAndGet);
        caret = CaretRest.follow(scene, ticker);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void fill(FxRobot robot) {
        state = YardFixtures.demo();
        robot.interact(() -> {
            yard.show(state);
            yard.fitToView();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Takes the focus from the filter field, whose caret would be one more thing on the ticker. */
    private void focusTheYard(FxRobot robot) {
        robot.interact(yard::requestFocus);
    }

    @Test
    void afterAStateChangeHasAnimatedNothingRunsAnyMore(FxRobot robot) throws Exception {
        settle();
        ContainerInstance web = state.findContainer("webserver").orElseThrow();
        EngineState died = EngineReducer.reduce(state, new EngineEvent.ContainerChanged(EngineEvent.ContainerAction.DIE,
                web.id(), YardFixtures.NOW, 1, Map.of(), web.withState(ContainerState.EXITED, 137, YardFixtures.NOW)));
        robot.interact(() -> yard.show(died));
        assertEquals(1, fx(() -> yard.motion().playingCount()), "the death animates");
        settle();
        assertEquals(0, fx(() -> yard.motion().playingCount()), "every animation of the yard has ended");
        // the ticker's work (cues, texts, the filter's caret) runs only when the ticker is woken
        robot.interact(() -> {
            clock.advance(CaretRest.BLINKING.plusSeconds(1));
            ticker.advance();
        });
        assertFalse(caret.isBlinking(), "the filter field's caret rests after ten quiet seconds");
        WaitForAsyncUtils.waitForFxEvents();
        paints.set(0);
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS); // real time: the toolkit's own pulses
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, paints.get(), "frames painted in 600 ms of a settled yard");
    }

    @Test
    void theRestartingGlyphTurnsAnEighthEverySecondStepAndTheRunningOneBreathesEveryTenSeconds(FxRobot robot) {
        focusTheYard(robot);
        Node turning = glyph("web-canary");
        Node breathing = glyph("webserver");
        List<Double> angles = new ArrayList<>();
        List<Double> opacities = new ArrayList<>();
        List<Instant> wakes = new ArrayList<>();
        for (int step = 0; step < 16; step++) {
            robot.interact(ticker::advance);
            angles.add(turning.getRotate());
            opacities.add(breathing.getOpacity());
            wakes.add(ticker.nextWake());
            clock.advance(STEP);
        }
        assertEquals(List.of(0.0, 0.0, 45.0, 45.0, 90.0, 90.0, 135.0, 135.0, 180.0, 180.0, 225.0, 225.0, 270.0,
                270.0, 315.0, 315.0), angles, "eight steps a turn, two a second");
        assertEquals(List.of(0.7, 0.45, 0.7, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
                opacities, "a breath in three quarter-second steps, then full strength");
        assertEquals(T0.plus(STEP), wakes.get(0), "the next step wakes the ticker, no sooner");
        assertTrue(wakes.stream().allMatch(w -> w.isAfter(T0)), "never a wake for the past: " + wakes);
    }

    @Test
    void withoutTheRestartingOneTheTickerSleepsThroughTheHoldOfTheBreath(FxRobot robot) {
        focusTheYard(robot);
        ContainerInstance canary = state.findContainer("web-canary").orElseThrow();
        robot.interact(() -> yard.show(EngineReducer.reduce(state, new EngineEvent.ContainerChanged(
                EngineEvent.ContainerAction.DIE, canary.id(), YardFixtures.NOW, 1, Map.of(),
                canary.withState(ContainerState.EXITED, 1, YardFixtures.NOW)))));
        clock.set(T0.plus(STEP.multipliedBy(3)));
        robot.interact(ticker::advance);
        assertEquals(1.0, glyph("webserver").getOpacity(), "full strength after the breath");
        assertEquals(T0.plusSeconds(1), ticker.nextWake(), "next: the texts' second");
        clock.set(T0.plusSeconds(1));
        robot.interact(ticker::advance);
        assertEquals(T0.plusSeconds(2), ticker.nextWake(), "the breath's hold wakes nothing; only the second does");
    }

    @Test
    void theStatusTextsFollowTheTickerOnceASecond(FxRobot robot) {
        Label status = robot.lookup("#container-" + state.findContainer("webserver").orElseThrow().shortId()
                + " .instance-status").queryAs(Label.class);
        robot.interact(ticker::advance);
        String before = status.getText();
        clock.advance(Duration.ofMinutes(2));
        robot.interact(ticker::advance);
        assertFalse(before.equals(status.getText()), "the status moved on with the ticker: " + before);
        assertTrue(status.getText().startsWith("Up 5 minutes"), status.getText());
    }

    @Test
    void nothingTicksInAHiddenOrIconifiedWindowAndTheCuesComeBackOnShow(FxRobot robot) {
        focusTheYard(robot);
        robot.interact(ticker::advance);
        assertTrue(ticker.running() > 0, "the cues and texts tick while the yard is seen");
        robot.interact(() -> stage.setIconified(true));
        assertNull(ticker.nextWake(), "iconified: the ticker has nothing to wake for");
        assertEquals(1.0, glyph("webserver").getOpacity(), "the running glyph rests lit");
        assertEquals(0.0, glyph("web-canary").getRotate(), "the restarting glyph rests upright");
        robot.interact(() -> stage.setIconified(false));
        assertTrue(ticker.running() > 0, "restored: ticking again");
        robot.interact(stage::hide);
        assertNull(ticker.nextWake(), "hidden: nothing to wake for");
        robot.interact(stage::show);
        clock.advance(TURN_STEP);
        robot.interact(ticker::advance);
        assertEquals(45.0, glyph("web-canary").getRotate(), "shown again: turning");
    }

    @Test
    void onlyTheInstancesInsideTheWindowShowTheirCues(FxRobot robot) {
        robot.interact(() -> yard.zoomBy(2.5));
        robot.interact(ticker::advance);
        int inside = 0;
        for (ContainerInstance c : state.containers().values()) {
            if (c.state() != ContainerState.RUNNING) {
                continue;
            }
            Node g = glyph(c.name());
            boolean seen = fx(() -> insideWindow(g));
            inside += seen ? 1 : 0;
            assertEquals(seen, fx(() -> yard.motion().breath().contains(g)), c.name() + " breathes only when seen");
        }
        assertTrue(inside < 3, "the zoom leaves some running instances outside the window: " + inside);
        robot.interact(() -> yard.zoomBy(0.05));
        robot.interact(ticker::advance);
        assertEquals(0, fx(() -> yard.motion().breath().size() + yard.motion().turn().size()),
                "at overview zoom nothing is drawn in full, so nothing steps");
    }

    @Test
    void reducedMotionStopsTheCuesAtOnceAndStandardMotionBringsThemBack(FxRobot robot) {
        focusTheYard(robot);
        clock.advance(TURN_STEP);
        robot.interact(ticker::advance);
        assertEquals(45.0, glyph("web-canary").getRotate());
        robot.interact(() -> yard.setMotion(Motion.NONE));
        assertEquals(0.0, glyph("web-canary").getRotate(), "upright at once");
        assertEquals(T0.plusSeconds(1), ticker.nextWake(), "only the texts' second is left on the ticker");
        robot.interact(() -> yard.setMotion(Motion.STANDARD));
        clock.advance(TURN_STEP);
        robot.interact(ticker::advance);
        assertEquals(90.0, glyph("web-canary").getRotate(), "turning again");
    }

    private boolean insideWindow(Node n) {
        Bounds b = n.localToScene(n.getBoundsInLocal());
        Bounds window = yard.localToScene(yard.getBoundsInLocal());
        return n.getScene() != null && b.intersects(window);
    }

    private Node glyph(String name) {
        return ((InstanceNode) yard.nodeFor(state.findContainer(name).orElseThrow().id())).glyph();
    }

    /** Until every state-change animation (the longest is under a second) has finished. */
    private void settle() {
        io.dockyard.testing.Await.until(java.time.Duration.ofSeconds(10), () -> fx(() -> yard.motion().playingCount()) == 0,
                () -> fx(() -> yard.motion().playingCount()) + " animations of the yard still play");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
