package io.dockyard.inspect;

import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.Target;
import io.dockyard.yard.SwarmYardFixtures;
import io.dockyard.yard.YardFixtures;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.ZoneOffset;

import static io.dockyard.yard.SwarmYardFixtures.API_T1_FAILED;
import static io.dockyard.yard.SwarmYardFixtures.LEADER;
import static io.dockyard.yard.SwarmYardFixtures.WEB;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T1;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T2;
import static io.dockyard.yard.SwarmYardFixtures.WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The inspector on a swarm: a node with its tasks, a service with every task of it, a task with its container. */
@ExtendWith(ApplicationExtension.class)
class SwarmInspectorFxTest {
    private InspectorView inspector;
    private final EngineState state = SwarmYardFixtures.twoNodes();

    @Start
    void start(Stage stage) {
        inspector = new InspectorView(Clock.fixed(YardFixtures.NOW, ZoneOffset.UTC));
        stage.setScene(new Scene(inspector, 420, 700));
        stage.show();
    }

    private void show(FxRobot robot, EngineState s, Target target) {
        robot.interact(() -> {
            inspector.show(s);
            inspector.select(target);
        });
    }

    private String title(FxRobot robot) {
        return robot.lookup(".inspector-title").queryAs(Label.class).getText();
    }

    @Test
    void aNodeSaysItsRoleAvailabilityAndTasks(FxRobot robot) {
        show(robot, state, state.engineId().ref(Kind.NODE, LEADER.id()));
        assertEquals("node-1", title(robot));
        assertEquals("manager, leader of the managers", inspector.valueOf("role"));
        assertEquals("active: takes new tasks", inspector.valueOf("availability"));
        assertTrue(inspector.valueOf("task-0").startsWith("api.1  running  on node-1"), inspector.valueOf("task-0"));
        assertTrue(inspector.valueOf("task-2").contains("failed (wanted shutdown)")
                && inspector.valueOf("task-2").contains("task: non-zero exit (1)"), inspector.valueOf("task-2"));
        // drained by someone else: the inspector follows the next state
        show(robot, SwarmYardFixtures.with(state, WORKER.withAvailability(SwarmNode.Availability.DRAIN)),
                state.engineId().ref(Kind.NODE, WORKER.id()));
        assertEquals("drain: its tasks are moved to other nodes", inspector.valueOf("availability"));
    }

    @Test
    void aServiceListsItsTasksAndCountsTheRunningOnes(FxRobot robot) {
        show(robot, state, state.engineId().ref(Kind.SERVICE, WEB.id()));
        assertEquals("web", title(robot));
        assertEquals("2 running of 3 wanted", inspector.valueOf("replicas"));
        assertEquals("updating: update in progress", inspector.valueOf("update"));
        assertEquals(WEB.image(), inspector.valueOf("image"));
        assertTrue(inspector.valueOf("task-0").startsWith("web.1  running  on node-1  shop/web:2.2"),
                inspector.valueOf("task-0"));
        assertTrue(inspector.valueOf("task-2").startsWith("web.3  preparing (wanted running)  on node-2"),
                inspector.valueOf("task-2"));
        assertTrue(inspector.valueOf("task-3").startsWith("web.3  shutdown  on node-2  shop/web:2.1"),
                "the old task of the slot is listed after the new one: " + inspector.valueOf("task-3"));
    }

    @Test
    void aTaskNamesItsServiceNodeStatesAndContainer(FxRobot robot) {
        show(robot, state, state.engineId().ref(Kind.TASK, WEB_T1.id()));
        assertEquals("web.1", title(robot));
        assertEquals("node-1", inspector.valueOf("node"));
        assertEquals("running", inspector.valueOf("desired"));
        assertEquals("web.1.x8 (running)", inspector.valueOf("container"));
        show(robot, state, state.engineId().ref(Kind.TASK, WEB_T2.id()));
        assertTrue(inspector.valueOf("container").endsWith("on that node's engine"), inspector.valueOf("container"));
        show(robot, state, state.engineId().ref(Kind.TASK, API_T1_FAILED.id()));
        assertEquals("task: non-zero exit (1)", inspector.valueOf("error"));
        assertEquals("shutdown", inspector.valueOf("desired"));
    }
}
