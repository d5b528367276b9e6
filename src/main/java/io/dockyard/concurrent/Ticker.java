package io.dockyard.concurrent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One slow clock for all periodic work: texts that count time, and the few steps a second of the
 * yard's ambient cues. Each {@link Beat} says when it next wants to run; the ticker asks its
 * {@link Alarm} to wake it at the earliest of those times and does nothing in between, so a window
 * where nothing changes costs no frames. Beats run together when their times meet, which is why
 * {@link #next} puts them on whole multiples of their period.
 *
 * <p>Not thread-safe: use it from one thread (the FX thread in the app). Tests set the clock and
 * call {@link #advance()} themselves, with {@link Alarm#NONE} or an alarm that records.
 */
public final class Ticker {
    /** Time a beat must at least wait, so that a job answering "now" cannot spin the thread. */
    private static final Duration LEAST_WAIT = Duration.ofMillis(20);

    /** What wakes the ticker. Each request replaces the one before. */
    public interface Alarm {
        /** Never wakes: the owner calls {@link #advance()} by hand (tests, a yard with no window). */
        Alarm NONE = new Alarm() {
            @Override
            public void wakeAt(Instant when, Runnable wake) {
            }

            @Override
            public void cancel() {
            }
        };

        /** Runs {@code wake} on the ticker's thread at about {@code when}, instead of any earlier request. */
        void wakeAt(Instant when, Runnable wake);

        /** Nothing is due: drop the request, if any. */
        void cancel();
    }

    /** Periodic work: runs at {@code now} and answers when it wants to run next, or null to stop. */
    @FunctionalInterface
    public interface Job {
        Instant run(Instant now);
    }

    private final Clock clock;
    private final Alarm alarm;
    private final List<Beat> beats = new ArrayList<>();
    private Instant alarmAt;

    public Ticker(Clock clock, Alarm alarm) {
        this.clock = clock;
        this.alarm = alarm;
    }

    /** A ticker that only moves when {@link #advance()} is called. */
    public static Ticker manual(Clock clock) {
        return new Ticker(clock, Alarm.NONE);
    }

    /** The first whole multiple of {@code period} (counted from the epoch) after {@code now}. */
    public static Instant next(Instant now, Duration period) {
        long p = period.toMillis();
        long t = now.toEpochMilli();
        return Instant.ofEpochMilli((Math.floorDiv(t, p) + 1) * p);
    }

    public Clock clock() {
        return clock;
    }

    /** A beat for {@code job}, stopped until {@link Beat#start()}. */
    public Beat beat(Job job) {
        Beat b = new Beat(job);
        beats.add(b);
        return b;
    }

    /** Runs every started beat that is due by the clock's now, then sets the alarm for the next. */
    public void advance() {
        Instant now = clock.instant();
        for (Beat b : List.copyOf(beats)) {
            if (b.due != null && !b.due.isAfter(now)) {
                b.runAt(now);
            }
        }
        rearm();
    }

    /** When the ticker wants to be woken next; null when no beat is started. */
    public Instant nextWake() {
        return beats.stream().map(b -> b.due).filter(d -> d != null).min(Instant::compareTo).orElse(null);
    }

    /** How many beats are started. */
    public int running() {
        return (int) beats.stream().filter(Beat::isRunning).count();
    }

    private void rearm() {
        Instant wake = nextWake();
        if (wake == null) {
            if (alarmAt != null) {
                alarm.cancel();
            }
            alarmAt = null;
        } else if (!wake.equals(alarmAt)) {
            alarmAt = wake;
            alarm.wakeAt(wake, this::woken);
        }
    }

    /** The alarm went off: its request is spent. */
    private void woken() {
        alarmAt = null;
        advance();
    }

    /** One periodic job, started and stopped by its owner. */
    public final class Beat {
        private final Job job;
        private Instant due;

        private Beat(Job job) {
            this.job = job;
        }

        /** Runs the job at the next wake (at once, in effect) and from then on when it asks. */
        public void start() {
            if (due == null) {
                due = clock.instant();
                if (alarmAt == null || due.isBefore(alarmAt)) {
                    alarmAt = due;
                    alarm.wakeAt(due, Ticker.this::woken);
                }
            }
        }

        /** Runs no more until started again. */
        public void stop() {
            due = null;
        }

        public boolean isRunning() {
            return due != null;
        }

        /** Starts or stops. */
        public void setRunning(boolean on) {
            if (on) {
                start();
            } else {
                stop();
            }
        }

        private void runAt(Instant now) {
            Instant next;
            try {
                next = job.run(now);
            } catch (RuntimeException bug) {
                due = null; // a broken job stops rather than failing again every tick
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, bug);
                return;
            }
            if (due == null) {
                return; // the job stopped its own beat
            }
            Instant least = now.plus(LEAST_WAIT);
            due = next == null ? null : next.isBefore(least) ? least : next;
        }
    }
}
