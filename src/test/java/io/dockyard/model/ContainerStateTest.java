package io.dockyard.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ContainerStateTest {

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

    @Test
    void onlyRunningPausedAndRestartingHaveAProcess() {
        EnumSet<ContainerState> withProcess = EnumSet.noneOf(ContainerState.class);
        for (ContainerState s : ContainerState.values()) {
            if (s.hasProcess()) {
                withProcess.add(s);
            }
        }
        assertEquals(EnumSet.of(ContainerState.RUNNING, ContainerState.PAUSED, ContainerState.RESTARTING), withProcess);
    }
}
