package io.dockyard.engine;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When volume sizes are measured, as times. */
class SizeScheduleTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void nothingIsMeasuredBeforeTheFirstPictureThenAtOnce() {
        SizeSchedule s = new SizeSchedule();
        s.volumeEvent(T);
        assertEquals(Optional.empty(), s.due(), "before the first resync");
        s.resynced();
        assertFalse(s.due().orElseThrow().isAfter(T), "due at once after it");
    }

    @Test
    void thenOnceAMinuteWhileNothingHappens() {
        SizeSchedule s = measuredAt(T);
        assertEquals(T.plus(SizeSchedule.EVERY), s.due().orElseThrow());
    }

    @Test
    void volumeEventsBringItForwardOnceTheyHaveSettledButNotSoonerThanTheGap() {
        SizeSchedule s = measuredAt(T);
        s.volumeEvent(T.plusSeconds(30));
        assertEquals(T.plusSeconds(30).plus(SizeSchedule.SETTLE), s.due().orElseThrow());
        s.volumeEvent(T.plusSeconds(33));
        assertEquals(T.plusSeconds(33).plus(SizeSchedule.SETTLE), s.due().orElseThrow(), "a burst moves it on");

        SizeSchedule soon = measuredAt(T);
        soon.volumeEvent(T.plusSeconds(1));
        assertEquals(T.plus(SizeSchedule.GAP), soon.due().orElseThrow(), "containers starting all the time do not keep df running");
    }

    @Test
    void neverTwoAtOnceAndAnEventDuringOneIsMeasuredAfterIt() {
        SizeSchedule s = new SizeSchedule();
        s.resynced();
        s.started(T);
        s.volumeEvent(T.plusSeconds(1));
        assertTrue(s.due().isEmpty(), "while one runs");
        s.finished();
        assertEquals(T.plus(SizeSchedule.GAP), s.due().orElseThrow());
    }

    private static SizeSchedule measuredAt(Instant at) {
        SizeSchedule s = new SizeSchedule();
        s.resynced();
        s.started(at);
        s.finished();
        return s;
    }
}
