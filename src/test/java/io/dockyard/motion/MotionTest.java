package io.dockyard.motion;

import javafx.animation.Animation;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(20)
class MotionTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void withNoMotionEveryFactoryLandsOnItsEndAtOnce() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Region node = new Region();
            node.setPrefSize(100, 50);
            AtomicBoolean finished = new AtomicBoolean();
            Animation emerge = Animations.emerge(node, 300, -40, Motion.NONE);
            emerge.setOnFinished(e -> finished.set(true));
            emerge.play();
            assertTrue(finished.get(), "finished at once");
            assertEquals(0, node.getTranslateX());
            assertEquals(1, node.getScaleX());
            assertEquals(1, node.getOpacity());

            Animations.die(node, Motion.NONE).play();
            assertEquals(Animations.ENDED_OPACITY, node.getOpacity(), 1e-9);
            Animations.comeAlive(node, Motion.NONE).play();
            assertEquals(1, node.getOpacity(), 1e-9);

            finished.set(false);
            Animation dissolve = Animations.dissolve(node, Motion.NONE);
            dissolve.setOnFinished(e -> finished.set(true));
            dissolve.play();
            assertTrue(finished.get());
            assertEquals(0, node.getOpacity(), 1e-9);

            Animation spin = Animations.spin(node, Motion.NONE);
            assertEquals(1, spin.getCycleCount(), "no endless spinning under reduced motion");
            Animations.drawIn(node, Motion.NONE).play();
            assertEquals(null, node.getClip());
            return null;
        }).get();
    }

    @Test
    void standardMotionTakesTimeAndSpinsUntilStopped() {
        Region node = new Region();
        assertTrue(Animations.emerge(node, 10, 10, Motion.STANDARD).getTotalDuration().toMillis() > 100);
        assertEquals(Animation.INDEFINITE, Animations.spin(node, Motion.STANDARD).getCycleCount());
        assertTrue(Motion.NONE.isReduced());
        assertEquals(0, Motion.NONE.create().toMillis());
    }

    @Test
    void thePulseBreathesWithTheTimeItIsGivenNotTheWallClock() {
        Pulse pulse = new Pulse(Motion.STANDARD);
        Region beacon = new Region();
        pulse.add(beacon);
        assertEquals(1.0, beacon.getOpacity(), 1e-9, "starts fully lit");
        double period = Motion.STANDARD.pulsePeriodSeconds();
        pulse.onUpdate(period / 2);
        // the breath bottoms out at 0.35, which the quarter steps round down to 0.25
        assertEquals(0.25, beacon.getOpacity(), 0.0, "dimmest half way, in quarter steps");
        pulse.onUpdate(period / 2);
        assertEquals(1.0, beacon.getOpacity(), 1e-9, "lit again after one period");
        pulse.setEnabled(false);
        pulse.onUpdate(period / 2);
        assertEquals(1.0, beacon.getOpacity(), 1e-9, "paused pulse stays lit");
        pulse.remove(beacon);
        assertEquals(0, pulse.size());
    }

    @Test
    void thePulseShowsOnlyQuarterSteps() {
        Pulse pulse = new Pulse(Motion.STANDARD);
        Region beacon = new Region();
        pulse.add(beacon);
        double period = Motion.STANDARD.pulsePeriodSeconds();
        Set<Double> shown = new TreeSet<>();
        for (int frame = 0; frame < 240; frame++) {
            pulse.onUpdate(period / 240);
            shown.add(beacon.getOpacity());
        }
        assertEquals(Set.of(0.25, 0.5, 0.75, 1.0), shown, "four steps over one breath");
    }

    @Test
    void underReducedMotionThePulseNeverDims() {
        Pulse pulse = new Pulse(Motion.NONE);
        Region beacon = new Region();
        pulse.add(beacon);
        pulse.onUpdate(0.7);
        assertEquals(1.0, beacon.getOpacity(), 1e-9);
    }

    @Test
    void theClockHandsTimeToEveryPart() {
        MotionClock clock = new MotionClock();
        double[] seen = new double[1];
        clock.add(tpf -> seen[0] += tpf);
        clock.advance(0.25);
        clock.advance(0.5);
        assertEquals(0.75, seen[0], 1e-9);
    }
}
