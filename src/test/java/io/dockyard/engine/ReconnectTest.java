package io.dockyard.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReconnectTest {
    @Test
    void aRemoteEngineThatWasLiveIsAskedWithinAQuarterSecondForHalfAMinuteThenLessOften() {
        assertEquals(java.util.List.of(50L, 100L, 100L, 200L, 250L, 250L, 250L),
                IntStream.range(0, 7).mapToObj(f -> Reconnect.delayMs(f, Duration.ofSeconds(5), true)).toList());
        assertEquals(1000, Reconnect.delayMs(200, Duration.ofSeconds(31), true));
        assertEquals(3000, Reconnect.delayMs(300, Duration.ofMinutes(3), true));
    }

    @Test
    void anEngineNeverReachedBacksOffToThreeSeconds() {
        assertEquals(java.util.List.of(100L, 250L, 500L, 1000L, 2000L, 3000L, 3000L),
                IntStream.range(0, 7).mapToObj(f -> Reconnect.delayMs(f, Duration.ZERO, false)).toList());
    }

    @Test
    void aLocalSocketIsWatchedEvery50MsAtFirstAndOnceASecondAfterTwoMinutes() {
        assertEquals(50, Reconnect.watchEveryMs(Duration.ofSeconds(1)));
        assertEquals(250, Reconnect.watchEveryMs(Duration.ofSeconds(45)));
        assertEquals(1000, Reconnect.watchEveryMs(Duration.ofMinutes(5)));
    }
}
