package io.dockyard.engine;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A stop without a time waits what the inspected container asks for, else the engine's 10 s. */
class StopTimeoutsTest {
    @Test
    void theContainersOwnStopTimeoutElseTheEnginesDefault() {
        assertEquals(1, StopTimeouts.of(Map.of("StopTimeout", new BigDecimal(1))));
        assertEquals(60, StopTimeouts.of(Map.of("StopTimeout", new BigDecimal(60))));
        assertEquals(0, StopTimeouts.of(Map.of("StopTimeout", new BigDecimal(-1))), "never a negative wait");
        Map<String, Object> askedForNothing = new HashMap<>();
        askedForNothing.put("StopTimeout", null);
        assertEquals(StopTimeouts.ENGINE_DEFAULT, StopTimeouts.of(askedForNothing));
        assertEquals(StopTimeouts.ENGINE_DEFAULT, StopTimeouts.of(Map.of("Image", "busybox")));
        assertEquals(StopTimeouts.ENGINE_DEFAULT, StopTimeouts.of(null));
    }
}
