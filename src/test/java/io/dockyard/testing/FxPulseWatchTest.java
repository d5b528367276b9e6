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
}
