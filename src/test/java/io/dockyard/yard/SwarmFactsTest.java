package io.dockyard.yard;

import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmTask;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.dockyard.yard.SwarmYardFixtures.API;
import static io.dockyard.yard.SwarmYardFixtures.API_T1_FAILED;
import static io.dockyard.yard.SwarmYardFixtures.LEADER;
import static io.dockyard.yard.SwarmYardFixtures.WEB;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T3_OLD;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which tasks are history, how many of a service run, what a task is called. */
class SwarmFactsTest {
    @Test
    void historyIsWhatTheSwarmLetGoAndWhatANewerTaskOfTheSlotReplaced() {
        EngineState s = SwarmYardFixtures.twoNodes();
        assertEquals(Set.of(WEB_T3_OLD.id(), API_T1_FAILED.id()), SwarmFacts.history(s));
        // seen by a poll before the swarm marks it for shutdown: failed, still wanted running, already replaced
        SwarmTask failedStillWanted = SwarmYardFixtures.task("api.1-failed", API, 1, LEADER, SwarmTask.State.RUNNING,
                SwarmTask.State.FAILED, "task: non-zero exit (1)", "", API.image(), 5);
        EngineState polled = SwarmYardFixtures.with(s, failedStillWanted);
        assertEquals(Set.of(WEB_T3_OLD.id(), failedStillWanted.id()), SwarmFacts.history(polled),
                "the newer task of slot 1 is the live one");
    }

    @Test
    void runningCountsOnlyTasksThatRunAndAreMeantTo() {
        EngineState s = SwarmYardFixtures.twoNodes();
        assertEquals(2, SwarmFacts.running(s, WEB.id()), "web.3 is preparing; its old task is shut down");
        assertEquals(3, SwarmFacts.wanted(s, WEB));
        assertEquals("web.3", SwarmFacts.taskName(s, WEB_T3_OLD));
    }
}
