package io.dockyard.yard;

import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Target;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.dockyard.yard.SwarmYardFixtures.API;
import static io.dockyard.yard.SwarmYardFixtures.API_T1;
import static io.dockyard.yard.SwarmYardFixtures.API_T1_FAILED;
import static io.dockyard.yard.SwarmYardFixtures.LEADER;
import static io.dockyard.yard.SwarmYardFixtures.WEB;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T1;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T2;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T3;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T3_OLD;
import static io.dockyard.yard.SwarmYardFixtures.WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the swarm stands: lanes per node, tasks in their lane, services under the lanes, the rest untouched. */
class SwarmLayoutTest {
    private final EngineState state = SwarmYardFixtures.twoNodes();
    private final YardLayout.Placement p = YardLayout.compute(state, 1600, YardLayout.Seating.EMPTY);

    private Box box(Kind kind, String id) {
        return p.box(state.engineId().ref(kind, id));
    }

    @Test
    void theLeaderHasTheFirstLaneAndEachLaneStacksLiveTasksBeforeHistory() {
        assertTrue(box(Kind.NODE, LEADER.id()).x() < box(Kind.NODE, WORKER.id()).x());
        // on node-1: api.1 then web.1 (by service name), then the failed api.1 behind its replacement
        assertTrue(box(Kind.TASK, API_T1.id()).y() < box(Kind.TASK, WEB_T1.id()).y());
        assertTrue(box(Kind.TASK, WEB_T1.id()).y() < box(Kind.TASK, API_T1_FAILED.id()).y());
        // on node-2: web.2, web.3, then web.3's old task
        assertTrue(box(Kind.TASK, WEB_T2.id()).y() < box(Kind.TASK, WEB_T3.id()).y());
        assertTrue(box(Kind.TASK, WEB_T3.id()).y() < box(Kind.TASK, WEB_T3_OLD.id()).y());
    }

    @Test
    void servicesStandUnderTheLanesAndTheSwarmUnderEverythingElse() {
        double lanesBottom = Math.max(box(Kind.NODE, LEADER.id()).maxY(), box(Kind.NODE, WORKER.id()).maxY());
        assertTrue(box(Kind.SERVICE, API.id()).y() > lanesBottom);
        assertTrue(box(Kind.SERVICE, API.id()).maxX() < box(Kind.SERVICE, WEB.id()).x(), "by name, side by side");
        double others = 0;
        for (Map.Entry<Target, Box> e : p.boxes().entrySet()) {
            if (e.getKey() instanceof ObjectRef r && r.kind() != Kind.NODE && r.kind() != Kind.SERVICE
                    && r.kind() != Kind.TASK) {
                others = Math.max(others, e.getValue().maxY());
            }
        }
        assertTrue(box(Kind.NODE, LEADER.id()).y() > others, "below the images and containers");
    }

    @Test
    void noTwoSwarmBoxesOverlapOutsideTheirLane() {
        List<Box> tiles = new ArrayList<>();
        state.tasks().keySet().forEach(id -> tiles.add(box(Kind.TASK, id)));
        state.services().keySet().forEach(id -> tiles.add(box(Kind.SERVICE, id)));
        for (int i = 0; i < tiles.size(); i++) {
            for (int j = i + 1; j < tiles.size(); j++) {
                Box a = tiles.get(i);
                Box b = tiles.get(j);
                assertFalse(a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY(), a + " " + b);
            }
        }
    }

    @Test
    void theSwarmMovesNothingElse() {
        EngineState bare = SwarmYardFixtures.twoNodes().withObjects(state.objects().toBuilder()
                .replace(Kind.NODE, List.of()).replace(Kind.SERVICE, List.of()).replace(Kind.TASK, List.of()).build());
        YardLayout.Placement without = YardLayout.compute(bare, 1600, YardLayout.Seating.EMPTY);
        without.boxes().forEach((t, b) -> assertEquals(b, p.box(t), String.valueOf(t)));
        assertEquals(without.boxes().size() + 2 + 2 + 6, p.boxes().size());
    }

    @Test
    void aChangedTaskLaysTheSwarmOutAgain() {
        EngineState next = SwarmYardFixtures.with(state, SwarmYardFixtures.task("web.3", WEB, 3, WORKER,
                io.dockyard.model.SwarmTask.State.RUNNING, io.dockyard.model.SwarmTask.State.RUNNING, "", "",
                WEB.image(), 0));
        YardViewModel model = new YardViewModel();
        model.accept(state);
        assertTrue(YardLayout.movesSomething(state, next, model.accept(next)));
        assertFalse(YardLayout.movesSomething(next, next, model.accept(next)));
    }
}
