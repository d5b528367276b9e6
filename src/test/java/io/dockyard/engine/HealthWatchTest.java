package io.dockyard.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HealthWatchTest {
    private static final Instant T0 = Instant.parse("2026-12-01T12:00:00Z");

    private static Instant at(double seconds) {
        return T0.plusMillis((long) (seconds * 1000));
    }

    @Test
    void aSilenceIsReportedOnceItHasLastedThreeSecondsAndOnlyOnce() {
        HealthWatch watch = new HealthWatch(T0);
        assertFalse(watch.pingAnswered(at(1)), "no silence to end");
        assertEquals(Optional.empty(), watch.pingUnanswered(at(2.5)), "1.5 s without an answer is not yet silence");
        assertEquals(Optional.of(at(1)), watch.pingUnanswered(at(4)), "3 s since the last answer");
        assertTrue(watch.silent());
        assertEquals(Optional.empty(), watch.pingUnanswered(at(5)), "reported once");
        assertTrue(watch.pingAnswered(at(6)), "the answer ends a reported silence");
        assertFalse(watch.silent());
        assertFalse(watch.pingAnswered(at(7)), "an ordinary answer ends nothing");
    }

    @Test
    void aFreshListingCountsAsAnAnswer() {
        HealthWatch watch = new HealthWatch(T0);
        watch.answered(at(10));
        assertEquals(Optional.empty(), watch.pingUnanswered(at(12)));
        assertEquals(Optional.of(at(10)), watch.pingUnanswered(at(13)));
    }
}
