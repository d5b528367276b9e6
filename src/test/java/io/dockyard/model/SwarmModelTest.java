package io.dockyard.model;

import io.dockyard.model.EngineEvent.Listed;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineEvent.Resync;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.dockyard.testing.SwarmFixtures.manager;
import static io.dockyard.testing.SwarmFixtures.running;
import static io.dockyard.testing.SwarmFixtures.service;
import static io.dockyard.testing.SwarmFixtures.shutDown;
import static io.dockyard.testing.SwarmFixtures.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SwarmModelTest {
    private static final EngineState EMPTY = EngineState.empty(Connection.connecting("unix:///x.sock", "test"));
    private final SwarmNode m = manager("m");
    private final SwarmNode w = worker("w");
    private final SwarmService web = service("web", 2);
    private final String c1 = ModelFixtures.containerId(1);
    private final SwarmTask t1 = running("t1", web, 1, m, c1);
    private final SwarmTask t2 = running("t2", web, 2, w, ModelFixtures.containerId(2));

    @Test
    void everyKindIsModelledWithItsRecord() {
        assertEquals(SwarmNode.class, Kind.NODE.type());
        assertEquals(SwarmService.class, Kind.SERVICE.type());
        assertEquals(SwarmTask.class, Kind.TASK.type());
        for (Kind kind : Kind.values()) {
            assertTrue(kind.isModelled(), kind + " has a record");
        }
    }

    @Test
    void resyncFillsTheSwarmCatalogsAndAnEmptyListingEmptiesThem() {
        EngineState s = EngineReducer.reduce(EMPTY, new Resync(ModelFixtures.T0, Map.of(Kind.NODE, List.of(m, w),
                Kind.SERVICE, List.of(web), Kind.TASK, List.of(t1, t2))));
        assertEquals(Map.of(m.id(), m, w.id(), w), s.nodes());
        assertEquals(Map.of(web.id(), web), s.services());
        assertEquals(List.of(t1, t2), s.tasksOf(web.id()));
        // the engine left the swarm: the next listing has none
        EngineState left = EngineReducer.reduce(s, new Resync(ModelFixtures.T0, Map.of(Kind.NODE, List.of(),
                Kind.SERVICE, List.of(), Kind.TASK, List.of())));
        assertTrue(left.nodes().isEmpty() && left.services().isEmpty() && left.tasks().isEmpty());
    }

    @Test
    void upsertedAndRemovedTasksLeaveExactlyWhatTheEngineHas() {
        EngineState s = EngineReducer.reduce(EMPTY, new Listed(ModelFixtures.T0, Kind.TASK, List.of(t1, t2)));
        SwarmTask old = shutDown(t2, ModelFixtures.T0.plusSeconds(5));
        s = EngineReducer.reduceAll(s, List.of(new Upserted(ModelFixtures.T0, List.of(old)),
                new Removed(ModelFixtures.T0, Kind.TASK, List.of(t1.id()))));
        assertEquals(Map.of(t2.id(), old), s.tasks());
        assertTrue(s.tasks().get(t2.id()).isHistory());
        assertFalse(s.tasks().get(t2.id()).isRunning());
    }

    @Test
    void relationsPlaceEachTaskOnItsServiceNodeAndContainer() {
        ContainerInstance here = ContainerInstance.skeleton(c1, "web.1." + t1.id(), "web:1", ModelFixtures.T0);
        EngineState s = EngineReducer.reduce(EMPTY, new Upserted(ModelFixtures.T0, List.of(m, w, web, t1, t2, here)));
        Relations r = Relations.of(s);
        assertEquals(List.of(new Relations.Placement(t1.id(), web.id(), m.id(), c1, true),
                new Relations.Placement(t2.id(), web.id(), w.id(), t2.containerId(), false)), r.tasksOfService(web.id()));
        assertEquals(List.of(t2.id()), r.tasksOnNode(w.id()).stream().map(Relations.Placement::taskId).toList());
        assertEquals(t1.id(), r.taskOfContainer(c1).orElseThrow().taskId());
    }

    @Test
    void servicesAndNodesAreFoundAsTheCliFindsThem() {
        EngineState s = EngineReducer.reduce(EMPTY, new Upserted(ModelFixtures.T0, List.of(m, w, web)));
        assertEquals(web, s.findService("web").orElseThrow());
        assertEquals(web, s.findService(web.id().substring(0, 5)).orElseThrow());
        assertTrue(s.findService("api").isEmpty());
        assertEquals(w, s.findNode(w.id()).orElseThrow());
        // both nodes share the machine's hostname: the name alone names neither
        assertTrue(s.findNode("box").isEmpty());
    }

    @Test
    void theEngineWordsReadBack() {
        assertEquals(SwarmNode.Availability.DRAIN, SwarmNode.Availability.fromEngine("drain"));
        assertEquals(SwarmNode.State.READY, SwarmNode.State.fromEngine("ready"));
        assertEquals(SwarmTask.State.SHUTDOWN, SwarmTask.State.fromEngine("shutdown"));
        assertEquals(SwarmTask.State.UNKNOWN, SwarmTask.State.fromEngine("levitating"));
        assertTrue(SwarmTask.State.FAILED.isFinal());
        assertFalse(SwarmTask.State.RUNNING.isFinal());
        assertEquals("web:2", new SwarmService("x", "web", "web:2@sha256:abc", SwarmService.Mode.REPLICATED, 1, "", "",
                Map.of(), null, null).imageName());
    }
}
