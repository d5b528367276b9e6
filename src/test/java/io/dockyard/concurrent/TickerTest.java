package io.dockyard.concurrent;

import io.dockyard.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class TickerTest {
    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00.100Z");
    private static final Duration SECOND = Duration.ofSeconds(1);

    private final MutableClock clock = new MutableClock(T0);
    private final List<String> alarm = new ArrayList<>();
    private final Ticker ticker = new Ticker(clock, new Ticker.Alarm() {
        @Override
        public void wakeAt(Instant when, Runnable wake) {
            alarm.add("wake at " + when);
        }

        @Override
        public void cancel() {
            alarm.add("cancel");
        }
    });

    @Test
    void aBeatRunsAtOnceWhenStartedThenOnWholeSecondsAndOnlyWhenTheTickerIsAdvanced() {
        List<Instant> runs = new ArrayList<>();
        Ticker.Beat beat = ticker.beat(now -> {
            runs.add(now);
            return Ticker.next(now, SECOND);
        });
        assertEquals(List.of(), alarm, "a stopped beat asks for nothing");
        beat.start();
        assertEquals(List.of("wake at " + T0), alarm);
        ticker.advance();
        clock.advance(Duration.ofMillis(400));
        ticker.advance(); // woken early: nothing is due
        clock.set(Instant.parse("2026-12-01T12:00:01Z"));
        ticker.advance();
        clock.set(Instant.parse("2026-12-01T12:00:03.500Z")); // a late wake runs once, not three times
        ticker.advance();
        assertEquals(List.of(T0, Instant.parse("2026-12-01T12:00:01Z"), Instant.parse("2026-12-01T12:00:03.500Z")), runs);
        assertEquals(List.of("wake at " + T0, "wake at 2026-12-01T12:00:01Z", "wake at 2026-12-01T12:00:02Z",
                "wake at 2026-12-01T12:00:04Z"), alarm, "one request per new time, on whole seconds");
    }

    @Test
    void beatsThatMeetRunInOneWakeAndTheEarliestSetsTheAlarm() {
        List<String> runs = new ArrayList<>();
        ticker.beat(now -> {
            runs.add("second " + now);
            return Ticker.next(now, SECOND);
        }).start();
        ticker.beat(now -> {
            runs.add("quarter " + now);
            return Ticker.next(now, Duration.ofMillis(250));
        }).start();
        ticker.advance();
        assertEquals(Instant.parse("2026-12-01T12:00:00.250Z"), ticker.nextWake());
        clock.set(Instant.parse("2026-12-01T12:00:01Z"));
        ticker.advance();
        assertEquals(List.of("second " + T0, "quarter " + T0, "second 2026-12-01T12:00:01Z",
                "quarter 2026-12-01T12:00:01Z"), runs);
    }

    @Test
    void whenEveryBeatHasStoppedTheAlarmIsCancelledAndNothingWakes() {
        Ticker.Beat a = ticker.beat(now -> Ticker.next(now, SECOND));
        Ticker.Beat b = ticker.beat(now -> null); // runs once and stops itself
        a.start();
        b.start();
        ticker.advance();
        assertFalse(b.isRunning());
        a.stop();
        clock.advance(SECOND);
        ticker.advance();
        assertNull(ticker.nextWake());
        assertEquals(0, ticker.running());
        assertEquals("cancel", alarm.get(alarm.size() - 1));
    }

    @Test
    void aJobThatAsksForNowWaitsALittleAndABrokenOneStopsWithoutStoppingTheOthers() {
        ticker.beat(now -> now).start();
        Ticker.Beat broken = ticker.beat(now -> {
            throw new IllegalStateException("broken on purpose");
        });
        Thread.UncaughtExceptionHandler was = Thread.currentThread().getUncaughtExceptionHandler();
        List<Throwable> reported = new ArrayList<>();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
        try {
            broken.start();
            ticker.advance();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(was);
        }
        assertEquals(T0.plusMillis(20), ticker.nextWake(), "no spinning on a job that answers now");
        assertFalse(broken.isRunning());
        assertEquals(1, reported.size(), "the failure is reported, not swallowed");
    }

    @Test
    void nextIsTheFollowingWholeMultipleOfThePeriod() {
        assertEquals(Instant.parse("2026-12-01T12:00:01Z"), Ticker.next(T0, SECOND));
        assertEquals(Instant.parse("2026-12-01T12:00:01Z"), Ticker.next(Instant.parse("2026-12-01T12:00:00Z"), SECOND));
        assertEquals(Instant.parse("2026-12-01T12:00:00.250Z"), Ticker.next(T0, Duration.ofMillis(250)));
    }
}
