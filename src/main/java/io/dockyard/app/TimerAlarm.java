package io.dockyard.app;

import io.dockyard.concurrent.Ticker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the app's {@link Ticker}: one daemon thread waits for the requested time and hands the
 * wake to the frame executor, which runs it at the next frame. Between wakes no JavaFX animation
 * or timer runs, so the toolkit's pulse rests. Requests and cancels come from the FX thread.
 */
public final class TimerAlarm implements Ticker.Alarm, AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dockyard-ticker");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private final Executor frames;
    private ScheduledFuture<?> pending;

    public TimerAlarm(Clock clock, Executor frames) {
        this.clock = clock;
        this.frames = frames;
    }

    @Override
    public void wakeAt(Instant when, Runnable wake) {
        cancel();
        if (timer.isShutdown()) {
            return; // the app is quitting: a part that still ticks as the window closes asks in vain
        }
        long delay = Math.max(0, Duration.between(clock.instant(), when).toNanos());
        pending = timer.schedule(() -> frames.execute(wake), delay, TimeUnit.NANOSECONDS);
    }

    @Override
    public void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
