package io.dockyard.app;

import io.dockyard.testing.Await;
import javafx.animation.AnimationTimer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The two pieces that let the window show before everything is made: held frames, later steps. */
@Timeout(30)
class StartupStepsTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aHeldExecutorRunsNothingUntilOpenThenEverythingInOrderOnTheFxThread() throws Exception {
        FxFrameExecutor frames = FxFrameExecutor.heldUntilOpen();
        List<String> ran = new CopyOnWriteArrayList<>();
        Thread engine = new Thread(() -> {
            frames.execute(() -> ran.add("first on " + Thread.currentThread().getName()));
            frames.execute(() -> ran.add("second"));
        });
        engine.start();
        engine.join();
        awaitRealFrames(3); // frames really ran, so "nothing ran" below means held, not "too soon to tell"
        assertTrue(ran.isEmpty(), "ran before open: " + ran);

        WaitForAsyncUtils.asyncFx(frames::open).get(5, TimeUnit.SECONDS);
        Await.until(Duration.ofSeconds(5), () -> ran.size() == 2, () -> "ran after open: " + ran);
        assertTrue(ran.get(0).startsWith("first on JavaFX Application Thread"), ran.get(0));
        assertEquals("second", ran.get(1));

        frames.execute(() -> ran.add("after open"));
        Await.until(Duration.ofSeconds(5), () -> ran.size() == 3, () -> "a task after open: " + ran);
    }

    @Test
    void laterStepsWaitOutTheFirstFrameThenRunOnePerFrameInOrder() {
        HandFrames frames = new HandFrames();
        List<String> ran = new ArrayList<>();
        new AfterFirstFrame(() -> false, frames).then(() -> ran.add("a")).then(() -> ran.add("b"))
                .then(() -> ran.add("c")).start();

        frames.tick();
        assertEquals(List.of(), ran, "the first frame is the window's own");
        frames.tick();
        assertEquals(List.of("a"), ran, "one step in the second frame");
        frames.tick();
        assertEquals(List.of("a", "b"), ran, "and one more per frame");
        assertTrue(frames.running(), "still called while steps are left");
        frames.tick();
        assertEquals(List.of("a", "b", "c"), ran);
        assertFalse(frames.running(), "no frames are asked for once the steps are done");
    }

    @Test
    void aFrameThatIsHeldRunsNoStep() {
        HandFrames frames = new HandFrames();
        AtomicBoolean busy = new AtomicBoolean(true);
        List<String> ran = new ArrayList<>();
        new AfterFirstFrame(busy::get, frames).then(() -> ran.add("a")).then(() -> ran.add("b")).start();

        frames.tick();
        frames.tick();
        frames.tick();
        assertEquals(List.of(), ran, "held while busy");
        busy.set(false);
        frames.tick();
        assertEquals(List.of("a"), ran, "one step in the first free frame, not the backlog");
    }

    @Test
    void finishNowRunsTheRestOnceBeforeTheCallerGoesOn() {
        HandFrames frames = new HandFrames();
        List<String> ran = new ArrayList<>();
        AfterFirstFrame steps = new AfterFirstFrame(() -> false, frames).then(() -> ran.add("x"))
                .then(() -> ran.add("y")).then(() -> ran.add("z"));
        steps.start();
        frames.tick();
        frames.tick();
        assertEquals(List.of("x"), ran);

        steps.finishNow(); // someone needs the parts now
        ran.add("needed now");
        frames.tick();
        frames.tick();

        assertEquals(List.of("x", "y", "z", "needed now"), ran, "each step once, in order, before the caller went on");
        assertFalse(frames.running());
    }

    @Test
    void onRealFramesTheStepsRunInOrderOnTheFxThread() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> new AfterFirstFrame()
                        .then(() -> ran.add("a on " + Thread.currentThread().getName())).then(() -> ran.add("b")).start())
                .get(5, TimeUnit.SECONDS);
        Await.until(Duration.ofSeconds(5), () -> ran.size() == 2, () -> "steps ran: " + ran);
        assertEquals(List.of("a on JavaFX Application Thread", "b"), ran);
    }

    /** Waits until the FX thread has drawn {@code count} pulses, counted by a timer of the test's own. */
    private static void awaitRealFrames(int count) throws Exception {
        AtomicInteger pulses = new AtomicInteger();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulses.incrementAndGet();
            }
        };
        WaitForAsyncUtils.asyncFx(counter::start).get(5, TimeUnit.SECONDS);
        try {
            Await.until(Duration.ofSeconds(5), () -> pulses.get() >= count, () -> pulses.get() + " frames ran");
        } finally {
            WaitForAsyncUtils.asyncFx(counter::stop).get(5, TimeUnit.SECONDS);
        }
    }

    /** Frames the test hands out one at a time. */
    private static final class HandFrames implements AfterFirstFrame.Frames {
        private Runnable eachFrame;

        @Override
        public void start(Runnable eachFrame) {
            this.eachFrame = eachFrame;
        }

        @Override
        public void stop() {
            eachFrame = null;
        }

        boolean running() {
            return eachFrame != null;
        }

        void tick() {
            if (eachFrame != null) {
                eachFrame.run();
            }
        }
    }
}
