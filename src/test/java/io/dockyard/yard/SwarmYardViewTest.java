package io.dockyard.yard;

import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmTask;
import io.dockyard.motion.Motion;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.File;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.dockyard.yard.SwarmYardFixtures.API_1;
import static io.dockyard.yard.SwarmYardFixtures.API_T1;
import static io.dockyard.yard.SwarmYardFixtures.API_T1_FAILED;
import static io.dockyard.yard.SwarmYardFixtures.LEADER;
import static io.dockyard.yard.SwarmYardFixtures.WEB;
import static io.dockyard.yard.SwarmYardFixtures.WEB_1;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T1;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T3;
import static io.dockyard.yard.SwarmYardFixtures.WEB_T3_OLD;
import static io.dockyard.yard.SwarmYardFixtures.WORKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A swarm on the yard as a person sees it: node lanes, service cards, task tiles and their links. */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class SwarmYardViewTest {
    private YardView yard;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        yard = new YardView(new YardViewModel(), Motion.NONE, Clock.fixed(YardFixtures.NOW, ZoneOffset.UTC));
        stage.setScene(new Scene(yard, 1600, 1000));
        stage.show();
    }

    private void show(FxRobot robot, EngineState s) {
        robot.interact(() -> {
            yard.show(s);
            yard.fitToView();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node byId(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().orElse(null);
    }

    private static String id(String prefix, String swarmId) {
        return prefix + swarmId.substring(0, 12);
    }

    private static String text(Node parent, String styleClass) {
        return ((Label) parent.lookup("." + styleClass)).getText();
    }

    private static boolean is(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    @Test
    void nodesServicesAndTasksHaveTheirIdsClassesAndWords(FxRobot robot) {
        show(robot, SwarmYardFixtures.twoNodes());
        robot.interact(() -> yard.zoomBy(0.9 / yard.zoomProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Node leader = byId(robot, id("swarm-node-", LEADER.id()));
        assertNotNull(leader);
        assertTrue(leader.getStyleClass().contains("swarm-node"));
        assertEquals("node-1  ★ leader", text(leader, "swarm-node-host"));
        assertEquals("2 tasks · " + LEADER.id().substring(0, 12), text(leader, "swarm-node-load"),
                "live tasks only: the failed one is history");
        assertEquals("manager · active · ready", text(leader, "swarm-node-role"));
        assertTrue(is(leader, "leader") && is(leader, "manager"));
        Node worker = byId(robot, id("swarm-node-", WORKER.id()));
        assertEquals("worker · active · ready", text(worker, "swarm-node-role"));
        assertFalse(is(worker, "leader"));

        Node web = byId(robot, id("service-", WEB.id()));
        assertTrue(web.getStyleClass().contains("service"));
        assertEquals("service web", text(web, "service-name"));
        assertEquals("shop/web:2.2", text(web, "service-image"), "the digest is left out, as docker service ls does");
        assertEquals("replicated · 2/3 running", text(web, "service-replicas"));
        assertEquals("rolling update under way · update in progress", text(web, "service-update"));
        assertTrue(is(web, "short") && is(web, "updating"));

        Node t1 = byId(robot, id("task-", WEB_T1.id()));
        assertTrue(t1.getStyleClass().contains("task"));
        assertEquals("web.1 · 2.2", text(t1, "task-name"));
        assertEquals("running", text(t1, "task-state"));
        assertTrue(is(t1, "running") && !is(t1, "history"));
        Node t3 = byId(robot, id("task-", WEB_T3.id()));
        assertEquals("preparing, to run", text(t3, "task-state"));
        assertTrue(is(t3, "preparing"));
        Node old = byId(robot, id("task-", WEB_T3_OLD.id()));
        assertEquals("web.3 · 2.1", text(old, "task-name"));
        assertTrue(is(old, "shutdown") && is(old, "history"), "the old task of slot 3 is drawn, as history");
        assertTrue(old.isVisible());
        Node failed = byId(robot, id("task-", API_T1_FAILED.id()));
        assertEquals("failed: task: non-zero exit (1)", text(failed, "task-state"));
        assertTrue(is(failed, "failed") && is(failed, "history"), "a newer task took its slot");
    }

    @Test
    void tasksStandInTheirNodesLaneAndLinkToTheirServiceAndContainer(FxRobot robot) {
        EngineState s = SwarmYardFixtures.twoNodes();
        show(robot, s);
        YardLayout.Placement p = yard.placement();
        for (SwarmTask t : s.tasks().values()) {
            Box lane = p.box(s.engineId().ref(Kind.NODE, t.nodeId()));
            Box tile = p.box(s.engineId().ref(Kind.TASK, t.id()));
            assertTrue(tile.x() >= lane.x() && tile.maxX() <= lane.maxX() && tile.y() > lane.y()
                    && tile.maxY() <= lane.maxY(), t.id() + " inside its node's lane");
        }
        List<LinkLine> replicas = links(robot, "task-link");
        assertEquals(s.tasks().size(), replicas.size(), "one link per task to its service");
        for (LinkLine l : replicas) {
            assertEquals(Kind.SERVICE, l.target().target() instanceof ObjectRef r ? r.kind() : null);
        }
        Set<String> run = links(robot, "runs").stream().map(l -> l.key().from().id() + ">" + l.key().to().id())
                .collect(Collectors.toSet());
        // web.2 and web.3 run on the worker: their containers are on its engine, not drawn here
        assertEquals(Set.of(WEB_T1.id() + ">" + WEB_1.id(), API_T1.id() + ">" + API_1.id(),
                API_T1_FAILED.id() + ">" + SwarmYardFixtures.API_OLD.id()), run);
        assertTrue(links(robot, "task-link").stream().filter(l -> l.key().from().id().equals(WEB_T3_OLD.id()))
                .allMatch(l -> is(l, "history")), "a history task's link is faint");
    }

    @Test
    void aDrainedNodeAndAGoneTaskAreRedrawnInPlace(FxRobot robot) {
        EngineState s = SwarmYardFixtures.twoNodes();
        show(robot, s);
        Node worker = byId(robot, id("swarm-node-", WORKER.id()));
        Box webBox = yard.placement().box(s.engineId().ref(Kind.SERVICE, WEB.id()));
        EngineState drained = SwarmYardFixtures.with(s, WORKER.withAvailability(SwarmNode.Availability.DRAIN));
        show(robot, drained);
        assertTrue(byId(robot, id("swarm-node-", WORKER.id())) == worker, "the same node, updated in place");
        assertTrue(is(worker, "drain"));
        assertEquals("drained: its tasks run elsewhere", text(worker, "swarm-node-load"));
        EngineState without = drained.withObjects(drained.objects().toBuilder().remove(Kind.TASK, WEB_T3_OLD.id()).build());
        show(robot, without);
        assertNull(byId(robot, id("task-", WEB_T3_OLD.id())));
        assertEquals(webBox, yard.placement().box(s.engineId().ref(Kind.SERVICE, WEB.id())),
                "a task less in a lane does not move the service cards");
    }

    @Test
    void withSeveralEnginesShownTheIdsCarryTheEngine(FxRobot robot) {
        show(robot, SwarmYardFixtures.twoNodes());
        robot.interact(() -> yard.setEngineTag("0123456789ab"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(byId(robot, "swarm-node-0123456789ab-" + LEADER.id().substring(0, 12)));
        assertNotNull(byId(robot, "service-0123456789ab-" + WEB.id().substring(0, 12)));
        assertNotNull(byId(robot, "task-0123456789ab-" + WEB_T1.id().substring(0, 12)));
        assertNull(byId(robot, id("task-", WEB_T1.id())));
    }

    @Test
    void theFilterDimsTheServicesAndTasksItDoesNotName(FxRobot robot) {
        show(robot, SwarmYardFixtures.twoNodes());
        robot.interact(() -> yard.model().filterProperty().set("api"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(is(byId(robot, id("service-", WEB.id())), "dimmed"));
        assertFalse(is(byId(robot, id("service-", SwarmYardFixtures.API.id())), "dimmed"));
        assertTrue(is(byId(robot, id("task-", WEB_T1.id())), "dimmed"));
        assertFalse(is(byId(robot, id("task-", API_T1.id())), "dimmed"), "api.1 is named by the filter");
        robot.interact(() -> yard.model().filterProperty().set("preparing"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(is(byId(robot, id("task-", WEB_T3.id())), "dimmed"), "a task's state is a word of it");
        robot.interact(() -> yard.model().filterProperty().set(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(is(byId(robot, id("task-", WEB_T1.id())), "dimmed"));
    }

    @Test
    void withoutASwarmNothingOfItIsDrawn(FxRobot robot) {
        show(robot, YardFixtures.demo());
        assertTrue(robot.lookup(".swarm-node").queryAll().isEmpty());
        assertTrue(robot.lookup(".service").queryAll().isEmpty());
        assertTrue(robot.lookup(".task").queryAll().isEmpty());
    }

    /** Pictures for a person to look at: the swarm at full detail, and the whole yard at overview zoom. */
    @Test
    void snapshotsAtFullDetailAndAtOverview(FxRobot robot) throws Exception {
        EngineState s = SwarmYardFixtures.twoNodes();
        show(robot, s);
        File dir = new File("target/swarm-yard");
        dir.mkdirs();
        YardExport export = new YardExport(yard);
        robot.interact(() -> {
            Box lane = yard.placement().box(s.engineId().ref(Kind.NODE, LEADER.id()));
            yard.zoomBy(1.0 / yard.zoomProperty().get());
            yard.reveal(s.engineId().ref(Kind.NODE, LEADER.id()));
            assertNotNull(lane);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                YardExport.writePng(export.snapshotWholeYard(), new File(dir, "full-detail.png"));
                yard.fitToView();
                yard.zoomBy(0.12 / yard.zoomProperty().get());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(yard.detailed(), "0.12 is overview zoom");
        robot.interact(() -> {
            try {
                YardExport.writePng(export.snapshotView(), new File(dir, "far.png"));
                yard.fitToView();
                yard.zoomBy(0.3 / yard.zoomProperty().get());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                YardExport.writePng(export.snapshotView(), new File(dir, "overview.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        robot.interact(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            yard.applyCss();
            try {
                YardExport.writePng(export.snapshotWholeYard(), new File(dir, "full-detail-light.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                javafx.application.Application.setUserAgentStylesheet(
                        new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            }
        });
        assertTrue(new File(dir, "full-detail.png").length() > 0 && new File(dir, "overview.png").length() > 0
                && new File(dir, "full-detail-light.png").length() > 0);
    }

    /** The swarm below a yard of every other kind: nothing overlaps, and the picture is there to look at. */
    @Test
    void besideEveryOtherKindTheSwarmStandsApart(FxRobot robot) throws Exception {
        EngineState s = SwarmYardFixtures.besideManyKinds();
        show(robot, s);
        YardLayout.Placement p = yard.placement();
        double others = p.boxes().entrySet().stream().filter(e -> !(e.getKey() instanceof ObjectRef r)
                || r.kind() != Kind.NODE && r.kind() != Kind.SERVICE && r.kind() != Kind.TASK)
                .mapToDouble(e -> e.getValue().maxY()).max().orElseThrow();
        double swarmTop = s.nodes().keySet().stream().mapToDouble(id -> p.box(s.engineId().ref(Kind.NODE, id)).y())
                .min().orElseThrow();
        assertTrue(swarmTop > others, "the swarm area starts below every frame, tank and card");
        File dir = new File("target/swarm-yard");
        dir.mkdirs();
        robot.interact(() -> {
            try {
                YardExport.writePng(new YardExport(yard).snapshotWholeYard(), new File(dir, "whole-engine.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(new File(dir, "whole-engine.png").length() > 0);
    }

    @Test
    void clickingATaskOrAServiceInspectsIt(FxRobot robot) {
        EngineState s = SwarmYardFixtures.twoNodes();
        List<io.dockyard.model.Target> inspected = new java.util.ArrayList<>();
        robot.interact(() -> yard.setOnInspect(inspected::add));
        show(robot, s);
        robot.interact(() -> yard.zoomBy(0.8 / yard.zoomProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> yard.reveal(s.engineId().ref(Kind.TASK, WEB_T1.id())));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(byId(robot, id("task-", WEB_T1.id())).lookup(".task-name"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(s.engineId().ref(Kind.TASK, WEB_T1.id())), inspected);
    }

    private List<LinkLine> links(FxRobot robot, String styleClass) {
        return robot.lookup("." + styleClass).queryAll().stream().filter(n -> n instanceof LinkLine)
                .map(LinkLine.class::cast).toList();
    }
}
