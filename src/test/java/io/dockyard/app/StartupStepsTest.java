package io.dockyard.app;

import io.dockyard.testing.Await;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        WaitForAsyncUtils.waitForFxEvents(5); // several frames pass
        assertTrue(ran.isEmpty(), "ran before open: " + ran);

        WaitForAsyncUtils.asyncFx(frames::open).get(5, TimeUnit.SECONDS);
        Await.until(Duration.ofSeconds(5), () -> ran.size() == 2, () -> "ran after open: " + ran);
        assertTrue(ran.get(0).startsWith("first on JavaFX Application Thread"), ran.get(0));
        assertEquals("second", ran.get(1));

        frames.execute(() -> ran.add("after open"));
        Await.until(Duration.ofSeconds(5), () -> ran.size() == 3, () -> "a task after open: " + ran);
    }

    @Test
    void laterStepsRunOnePerFrameInOrderAndFinishNowRunsTheRestOnce() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> new AfterFirstFrame().then(() -> ran.add("a")).then(() -> ran.add("b")).start())
                .get(5, TimeUnit.SECONDS);
        Await.until(Duration.ofSeconds(5), () -> ran.equals(List.of("a", "b")), () -> "steps ran: " + ran);

        List<String> urgent = new CopyOnWriteArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            AfterFirstFrame steps = new AfterFirstFrame().then(() -> urgent.add("x")).then(() -> urgent.add("y"));
            steps.start();
            steps.finishNow(); // someone needs the parts before the first frame has even been drawn
            urgent.add("needed now");
        }).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents(5);
        assertEquals(List.of("x", "y", "needed now"), urgent, "each step once, in order, before the caller went on");
        assertEquals(List.of("a", "b"), ran);
    }
}
