package io.dockyard.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.dockyard.testing.ModelFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Status texts in Docker's own words, as {@code docker ps} prints them (moby's State.String, go-units). */
class StatusTextTest {

    private static ContainerInstance c(ContainerState state, int exitCode, Instant started, Instant finished, String health) {
        return new ContainerInstance("c1", "web", "sha256:i", "web:1", "sh", state, "", exitCode, T0.minusSeconds(86_400),
                started, finished, state.hasProcess() ? 10 : 0, List.of(), List.of(), List.of(), Map.of(), List.of(),
                health, -1);
    }

    @Test
    void runningSaysUpAndForHowLong() {
        assertEquals("Up 3 minutes", StatusText.describe(c(ContainerState.RUNNING, 0, T0.minusSeconds(200), null, ""), T0));
    }

    @Test
    void exitedSaysTheCodeAndHowLongAgo() {
        assertEquals("Exited (137) 2 hours ago",
                StatusText.describe(c(ContainerState.EXITED, 137, T0.minusSeconds(9000), T0.minusSeconds(7200), ""), T0));
        assertEquals("Exited (0) About a minute ago",
                StatusText.describe(c(ContainerState.EXITED, 0, T0.minusSeconds(100), T0.minusSeconds(61), ""), T0));
    }

    @Test
    void pausedIsUpWithPaused() {
        assertEquals("Up 5 seconds (Paused)",
                StatusText.describe(c(ContainerState.PAUSED, 0, T0.minusSeconds(5), null, ""), T0));
    }

    @Test
    void theOtherStatesInDockersWords() {
        assertEquals("Created", StatusText.describe(c(ContainerState.CREATED, 0, null, null, ""), T0));
        assertEquals("Restarting (1) 10 seconds ago",
                StatusText.describe(c(ContainerState.RESTARTING, 1, T0.minusSeconds(30), T0.minusSeconds(10), ""), T0));
        assertEquals("Removal In Progress", StatusText.describe(c(ContainerState.REMOVING, 0, null, null, ""), T0));
        assertEquals("Dead", StatusText.describe(c(ContainerState.DEAD, 0, null, null, ""), T0));
    }

    @Test
    void healthFollowsUpAsDockerWordsIt() {
        Instant started = T0.minusSeconds(2 * 3600);
        assertEquals("Up 2 hours (healthy)", StatusText.describe(c(ContainerState.RUNNING, 0, started, null, "healthy"), T0));
        assertEquals("Up 2 hours (unhealthy)",
                StatusText.describe(c(ContainerState.RUNNING, 0, started, null, "unhealthy"), T0));
        assertEquals("Up 3 seconds (health: starting)",
                StatusText.describe(c(ContainerState.RUNNING, 0, T0.minusSeconds(3), null, "starting"), T0));
    }

    @Test
    void aMissingOrFutureTimeReadsAsLessThanASecond() {
        assertEquals("Up Less than a second", StatusText.describe(c(ContainerState.RUNNING, 0, null, null, ""), T0));
        assertEquals("Up Less than a second",
                StatusText.describe(c(ContainerState.RUNNING, 0, T0.plusSeconds(2), null, ""), T0), "clock skew");
    }

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource({
            "0, Less than a second", "1, 1 second", "59, 59 seconds", "60, About a minute", "119, About a minute",
            "120, 2 minutes", "3599, 59 minutes", "3600, About an hour", "5399, About an hour", "5400, 2 hours",
            "169199, 47 hours", "172800, 2 days", "1123200, 13 days", "1209599, 2 weeks", "1209600, 2 weeks", "5097600, 8 weeks",
            "5184000, 2 months", "62985600, 24 months", "63072000, 2 years"})
    void humanDurationsMatchGoUnits(long seconds, String words) {
        assertEquals(words, StatusText.human(Duration.ofSeconds(seconds)));
    }
}
