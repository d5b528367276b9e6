package io.dockyard.testing;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The watch that the app's FX tests rely on tells a waiting FX thread from a working one. */
@ExtendWith(ApplicationExtension.class)
class FxPulseWatchTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 200, 100));
        stage.show();
    }

    @Test
    void aSleepOnTheFxThreadIsSeenAsWaiting() throws Exception {
        try (FxPulseWatch watch = FxPulseWatch.start(100)) {
            WaitForAsyncUtils.waitForFxEvents();
            Platform.runLater(() -> {
                try {
                    Thread.sleep(400); // what a DNS lookup or a file write on the FX thread looks like
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(watch.longestGapMillis() >= 390, watch.summary());
            assertFalse(watch.waits().isEmpty(), watch.summary());
            assertTrue(watch.waits().get(0).contains("Thread.sleep"), watch.waits().get(0));
        }
    }

    @Test
    void busyWorkOnTheFxThreadIsSeenAsWorkNotWaiting() throws Exception {
        try (FxPulseWatch watch = FxPulseWatch.start(100)) {
            WaitForAsyncUtils.waitForFxEvents();
            Platform.runLater(() -> {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(400);
                double x = 0;
                while (System.nanoTime() < end) {
                    x += Math.sqrt(x + 1);
                }
                assertTrue(x > 0);
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(watch.longestGapMillis() >= 390, watch.summary());
            assertTrue(watch.waits().isEmpty(), watch.summary() + "\n" + watch.waits());
            assertFalse(watch.work().isEmpty(), watch.summary());
        }
    }

    /** The event queue's own wait, seen BLOCKED as it takes its monitor back, is idle; a lock in our code is not. */
    @Test
    void theEventQueueWakingIsIdleButALockInDockyardIsAWait() {
        StackTraceElement[] waking = {
                new StackTraceElement("java.lang.Object", "wait", null, -2),
                new StackTraceElement("java.lang.Object", "wait", "Object.java", 338),
                new StackTraceElement("com.sun.glass.ui.monocle.RunnableQueue", "getNextRunnable", "RunnableQueue.java", 58),
                new StackTraceElement("com.sun.glass.ui.monocle.RunnableProcessor", "runLoop", "RunnableProcessor.java", 92)};
        assertFalse(FxPulseWatch.isWaiting(Thread.State.BLOCKED, waking, Thread.State.BLOCKED));
        StackTraceElement[] locked = {
                new StackTraceElement("io.dockyard.sync.EngineStore", "current", "EngineStore.java", 81),
                new StackTraceElement("io.dockyard.app.DockyardApp", "lambda$start$1", "DockyardApp.java", 160),
                new StackTraceElement("com.sun.glass.ui.monocle.RunnableProcessor", "runLoop", "RunnableProcessor.java", 92)};
        assertTrue(FxPulseWatch.isWaiting(Thread.State.BLOCKED, locked, Thread.State.BLOCKED));
    }
}
