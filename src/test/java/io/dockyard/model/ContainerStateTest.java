package io.dockyard.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's state words, and what a state change means for a container's process. */
class ContainerStateTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @ParameterizedTest
    @EnumSource(ContainerState.class)
    void theEnginesSpellingRoundTrips(ContainerState state) {
        assertEquals(state, ContainerState.fromEngine(state.engineName()));
    }

    @Test
    void parsesTheEnginesLowerCaseWords() {
        assertEquals(ContainerState.RUNNING, ContainerState.fromEngine("running"));
        assertEquals(ContainerState.EXITED, ContainerState.fromEngine(" exited\n"));
        assertEquals(ContainerState.REMOVING, ContainerState.fromEngine("Removing"));
        assertEquals("restarting", ContainerState.RESTARTING.engineName());
    }

    @Test
    void unknownOrMissingIsDeadRatherThanGuessed() {
        assertEquals(ContainerState.DEAD, ContainerState.fromEngine(null));
        assertEquals(ContainerState.DEAD, ContainerState.fromEngine(""));
        assertEquals(ContainerState.DEAD, ContainerState.fromEngine("hibernating"));
    }

    /** A container that runs as PID 4242 since T0, as inspected. */
    private static ContainerInstance runningSinceT0() {
        return new ContainerInstance("c0ffee", "web", "img-id", "img", "sleep 300", ContainerState.RUNNING, "Up", 0,
                T0, T0, null, 4242, List.of(), List.of(), List.of(), Map.of(), List.of(), "", -1);
    }

    @ParameterizedTest
    @CsvSource({"EXITED, Exited (137) Less than a second ago", "DEAD, Dead", "CREATED, Created",
            "REMOVING, Removal In Progress"})
    void aContainerThatStopsLosesItsProcess(ContainerState stopped, String statusStart) {
        ContainerInstance after = runningSinceT0().withState(stopped, 137, T0.plusSeconds(70));

        assertEquals(0, after.pid(), "no process, so no PID to show");
        assertTrue(after.status().startsWith(statusStart), after.status());
    }

    @ParameterizedTest
    @CsvSource({"PAUSED, Up About a minute (Paused)", "RESTARTING, Restarting (0)", "RUNNING, Up About a minute"})
    void aContainerThatKeepsItsProcessKeepsItsPid(ContainerState live, String statusStart) {
        ContainerInstance after = runningSinceT0().withState(live, 0, T0.plusSeconds(70));

        assertEquals(4242, after.pid(), "the same process goes on");
        assertTrue(after.status().startsWith(statusStart), after.status());
    }

    @Test
    void unpausingKeepsTheStartTimeButStartingAnExitedContainerSetsIt() {
        Instant later = T0.plusSeconds(3600);
        ContainerInstance paused = runningSinceT0().withState(ContainerState.PAUSED, 0, T0.plusSeconds(60));
        ContainerInstance exited = runningSinceT0().withState(ContainerState.EXITED, 0, T0.plusSeconds(60));

        assertEquals(T0, paused.withState(ContainerState.RUNNING, 0, later).started(), "still the same run");
        assertEquals(later, exited.withState(ContainerState.RUNNING, 0, later).started(), "a new run");
        assertEquals("Up About an hour", paused.withState(ContainerState.RUNNING, 0, later).status());
        assertEquals("Up Less than a second", exited.withState(ContainerState.RUNNING, 0, later).status());
    }
}
