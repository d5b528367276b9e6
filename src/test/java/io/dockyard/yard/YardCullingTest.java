package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.motion.Motion;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A yard larger than the window: what is far out of view is out of the scene graph, keeps its id,
 * selection and links, and is drawn, with its latest state, once the camera comes to it.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class YardCullingTest {
    private YardView yard;
    private EngineState state;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.fixed(YardFixtures.NOW.plusSeconds(30), ZoneOffset.UTC);
        yard = new YardView(new YardViewModel(), Motion.NONE, clock);
        stage.setScene(new Scene(yard, 1200, 760));
        stage.show();
    }

    @BeforeEach
    void fill(FxRobot robot) {
        show(robot, YardFixtures.big(20, 20)); // 400 containers: far wider than the window at a readable zoom
    }

    @Test
    void aNodeFarOutOfViewIsOutOfTheSceneGraphButKeepsItsIdClassAndLink(FxRobot robot) {
        ContainerInstance far = farthest();
        YardNode node = yard.nodeFor(far.id());
        assertNotNull(node, "the node exists in the registry");
        assertNull(node.getScene(), "a node far out of view is not in the scene graph");
        assertEquals("container-" + far.shortId(), node.getId());
        assertTrue(node.getStyleClass().contains("instance"));
        assertTrue(robot.lookup("#container-" + far.shortId()).tryQuery().isEmpty(), "nothing drawn for it");
        LinkLine link = yard.world().lookupAll(".link").stream().map(LinkLine.class::cast)
                .filter(l -> l.containerId().equals(far.id())).findFirst().orElse(null);
        assertNull(link, "its link is out of the scene graph too");
        ContainerInstance near = nearest();
        assertNotNull(robot.lookup("#container-" + near.shortId()).query().getScene(), "what is in view is drawn");
    }

    @Test
    void aNodeScrolledIntoViewIsDrawnInFullWithItsLatestStateAndItsLink(FxRobot robot) throws Exception {
        ContainerInstance far = farthest();
        ContainerInstance exited = far.withState(ContainerState.EXITED, 137, YardFixtures.NOW);
        show(robot, EngineReducer.reduce(state, new EngineEvent.ContainerChanged(EngineEvent.ContainerAction.DIE,
                far.id(), YardFixtures.NOW, 2, Map.of(), exited)));
        reveal(robot, far);
        YardNode node = (YardNode) robot.lookup("#container-" + far.shortId()).query();
        assertSame(yard.nodeFor(far.id()), node, "the same node, now in the scene graph");
        assertTrue(node.isDetailed(), "drawn in full at a readable zoom");
        assertTrue(node.getPseudoClassStates().contains(PseudoClass.getPseudoClass("exited")));
        assertEquals("exited (137)", ((Label) node.lookup(".instance-state")).getText(),
                "the card shows the state it changed to while out of view");
        assertEquals(far.name(), ((Label) node.lookup(".instance-name")).getText());
        assertTrue(yard.world().lookupAll(".link").stream()
                .anyMatch(l -> ((LinkLine) l).containerId().equals(far.id()) && l.isVisible()), "its link is drawn");
    }

    @Test
    void aSelectionOutOfViewStaysAndIsMarkedWhenItComesIntoView(FxRobot robot) throws Exception {
        ContainerInstance far = farthest();
        robot.interact(() -> yard.select(Selection.container(far.id())));
        assertEquals(Selection.container(far.id()), yard.selectionProperty().get());
        reveal(robot, far);
        YardNode node = (YardNode) robot.lookup("#container-" + far.shortId()).query();
        assertTrue(node.getPseudoClassStates().contains(PseudoClass.getPseudoClass("selected")));
        assertEquals(Selection.container(far.id()), yard.selectionProperty().get(), "still selected");
    }

    @Test
    void theWholeYardZoomedOutToIsAllDrawnWithinAFewFrames(FxRobot robot) throws Exception {
        robot.interact(() -> yard.fitToView());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.containers().values().stream()
                .allMatch(c -> yard.nodeFor(c.id()).getScene() != null)
                && yard.world().lookupAll(".link").size() == state.containers().size());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(yard.world().lookupAll(".link").stream().allMatch(javafx.scene.Node::isVisible),
                "every container's link is drawn");
        assertFalse(yard.nodeFor(farthest().id()).isDetailed(), "as outlines, at this zoom");
        robot.interact(() -> yard.zoomBy(1.0 / yard.zoomProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        long drawn = state.containers().values().stream().filter(c -> yard.nodeFor(c.id()).getScene() != null).count();
        assertTrue(drawn < state.containers().size() / 2, "back at full zoom only what is near the window stays: " + drawn);
    }

    @Test
    void aSmallYardKeepsANodeOutOfViewInTheSceneGraphHiddenSoALookupByIdFindsIt(FxRobot robot) {
        show(robot, YardFixtures.demo());
        robot.interact(() -> yard.zoomBy(2.5 / yard.zoomProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        ContainerInstance far = farthest();
        YardNode node = (YardNode) robot.lookup("#container-" + far.shortId()).query();
        assertSame(yard.nodeFor(far.id()), node, "found by id though out of view");
        assertFalse(node.isVisible(), "hidden while out of view");
        robot.interact(() -> yard.reveal(ref(far)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(node.isVisible(), "shown once in view");
    }

    @Test
    void stateChangesOneByOneEndWhereAFreshYardOfTheLastStateIs(FxRobot robot) {
        java.util.List<ContainerInstance> near = state.containers().values().stream()
                .sorted(Comparator.comparingDouble(this::distance)).limit(12).toList();
        ContainerState[] to = {ContainerState.EXITED, ContainerState.PAUSED, ContainerState.RUNNING};
        long nano = 10;
        for (int i = 0; i < near.size(); i++) {
            ContainerInstance c = state.containers().get(near.get(i).id());
            ContainerInstance next = c.withState(to[i % to.length], to[i % to.length] == ContainerState.EXITED ? 3 : 0,
                    YardFixtures.NOW);
            show(robot, EngineReducer.reduce(state, new EngineEvent.ContainerChanged(EngineEvent.ContainerAction.DIE,
                    c.id(), YardFixtures.NOW, nano++, Map.of(), next)));
        }
        io.dockyard.model.ImageBlueprint image = state.images().get(near.get(0).imageId());
        io.dockyard.model.ImageBlueprint retagged = new io.dockyard.model.ImageBlueprint(image.id(),
                java.util.List.of("renamed/app:2"), image.digests(), image.size(), image.created(), image.labels(),
                image.layers());
        java.util.List<io.dockyard.model.ImageBlueprint> images = new java.util.ArrayList<>(state.images().values());
        images.replaceAll(i -> i.id().equals(image.id()) ? retagged : i);
        show(robot, EngineReducer.reduce(state, new EngineEvent.ImageChanged(EngineEvent.ImageAction.TAG, image.id(),
                YardFixtures.NOW, nano, images)));

        for (ContainerInstance c : near) {
            ContainerInstance now = state.containers().get(c.id());
            YardNode node = yard.nodeFor(c.id());
            assertTrue(node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(now.state().engineName())),
                    c.name() + " shows " + now.state());
            assertEquals(InstanceNode.stateWords(now), ((Label) node.lookup(".instance-state")).getText());
            if (now.imageId().equals(image.id())) {
                assertEquals("shared read-only layers of renamed/app:2", ((Label) node.lookup(".shared-caption")).getText(),
                        "an instance shows its image's new name");
            }
        }
    }

    private void show(FxRobot robot, EngineState s) {
        state = s;
        robot.interact(() -> yard.show(s));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Brings the container into view; in a yard this large it is drawn within a few frames. */
    private void reveal(FxRobot robot, ContainerInstance c) throws Exception {
        robot.interact(() -> yard.reveal(ref(c)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> yard.nodeFor(c.id()).getScene() != null
                && yard.world().lookupAll(".link").stream().anyMatch(l -> ((LinkLine) l).containerId().equals(c.id())));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ObjectRef ref(ContainerInstance c) {
        return state.engineId().ref(Kind.CONTAINER, c.id());
    }

    private ContainerInstance farthest() {
        return state.containers().values().stream().max(Comparator.comparingDouble(this::distance)).orElseThrow();
    }

    private ContainerInstance nearest() {
        return state.containers().values().stream().min(Comparator.comparingDouble(this::distance)).orElseThrow();
    }

    private double distance(ContainerInstance c) {
        Box b = yard.placement().box(c.id());
        return b.x() + b.y();
    }
}
