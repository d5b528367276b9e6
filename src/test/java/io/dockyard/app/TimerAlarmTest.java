package io.dockyard.app;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimerAlarmTest {
    @Test
    void aWakeIsHandedToTheFrameExecutorWhenDue() throws InterruptedException {
        CountDownLatch woke = new CountDownLatch(1);
        try (TimerAlarm alarm = new TimerAlarm(Clock.systemUTC(), Runnable::run)) {
            alarm.wakeAt(Clock.systemUTC().instant(), woke::countDown);
            assertTrue(woke.await(5, TimeUnit.SECONDS), "the alarm never woke");
        }
    }

    @Test
    void aWakeAskedForAfterCloseIsIgnoredNotThrown() {
        CountDownLatch woke = new CountDownLatch(1);
        TimerAlarm alarm = new TimerAlarm(Clock.systemUTC(), Runnable::run);
        alarm.close();
        // a part that still ticks while the window closes asks again: that must not throw on the FX thread
        assertDoesNotThrow(() -> alarm.wakeAt(Clock.systemUTC().instant(), woke::countDown));
        assertEquals(1, woke.getCount());
    }
}
