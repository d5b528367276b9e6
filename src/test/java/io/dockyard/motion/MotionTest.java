package io.dockyard.motion;

import javafx.animation.Animation;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

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

            Animations.drawIn(node, Motion.NONE).play();
            assertEquals(null, node.getClip());
            return null;
        }).get();
    }

    @Test
    void standardMotionTakesTime() {
        Region node = new Region();
        assertTrue(Animations.emerge(node, 10, 10, Motion.STANDARD).getTotalDuration().toMillis() > 100);
        assertTrue(Motion.NONE.isReduced());
        assertEquals(0, Motion.NONE.create().toMillis());
    }
}
