package io.dockyard.yard;

import io.dockyard.inspect.InspectorView;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.motion.Motion;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class YardViewTest {
    private static final List<String> STATES = List.of("created", "running", "paused", "restarting", "exited", "dead");

    private YardView yard;
    private InspectorView inspector;
    private EngineState state;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.fixed(YardFixtures.NOW.plusSeconds(30), ZoneOffset.UTC);
        yard = new YardView(new YardViewModel(), Motion.NONE, clock);
        inspector = new InspectorView(clock);
        yard.selectionProperty().addListener((o, was, now) -> inspector.select(now == null ? null : now.id()));
        BorderPane root = new BorderPane(yard);
        root.setRight(inspector);
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    @BeforeEach
    void fill(FxRobot robot) {
        show(robot, YardFixtures.demo());
        robot.interact(() -> yard.fitToView());
    }

    @Test
    void aContainerKnownOnlyFromItsCreateEventIsLinkedToItsBlueprintOnceDetailsNameTheImage(FxRobot robot) {
        String id = YardFixtures.hex("fresh-from-an-event");
        // the image reference names nothing the model knows yet, so the container has no image id
        apply(robot, new EngineEvent.ContainerChanged(EngineEvent.ContainerAction.CREATE, id, YardFixtures.NOW, 1,
                java.util.Map.of("name", "fresh", "image", "not-listed-yet:1"), null));
        LinkLine link = (LinkLine) robot.lookup(".link").queryAll().stream()
                .filter(n -> n instanceof LinkLine l && l.containerId().equals(id)).findFirst().orElseThrow();
        ImageBlueprint image = state.sortedImages().get(0);
        ContainerInstance inspected = YardFixtures.container("fresh", image, ContainerState.RUNNING, 0);
        ContainerInstance sameId = new ContainerInstance(id, inspected.name(), image.id(), inspected.imageRef(),
                inspected.command(), inspected.state(), inspected.status(), 0, inspected.created(), inspected.started(),
                null, 77, List.of(), List.of(), List.of(), java.util.Map.of(), List.of(), "", -1);
        apply(robot, new EngineEvent.Inspected(YardFixtures.NOW, List.of(sameId), null));
        org.junit.jupiter.api.Assertions.assertEquals("image-" + image.shortId(), link.target().getId(),
                "linked to its blueprint once the details name the image");
        org.junit.jupiter.api.Assertions.assertTrue(link.isVisible());
    }

    private void show(FxRobot robot, EngineState s) {
        state = s;
        robot.interact(() -> {
            yard.show(s);
            inspector.show(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void apply(FxRobot robot, EngineEvent e) {
        show(robot, EngineReducer.reduce(state, e));
    }

    private EngineEvent.ContainerChanged event(EngineEvent.ContainerAction action, ContainerInstance details) {
        return new EngineEvent.ContainerChanged(action, details.id(), YardFixtures.NOW, 1, Map.of(), details);
    }

    private static Set<String> statePseudoClasses(Node n) {
        return n.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                .filter(STATES::contains).collect(Collectors.toSet());
    }

    private ContainerInstance named(String name) {
        return state.findContainer(name).orElseThrow();
    }

    @Test
    void everyImageIsABlueprintEveryContainerAnInstanceWithOneLinkEach(FxRobot robot) {
        assertEquals(4, robot.lookup(".blueprint").queryAll().size());
        assertEquals(9, robot.lookup(".instance").queryAll().size());
        assertEquals(9, robot.lookup(".link").queryAll().size());
        for (ImageBlueprint i : state.images().values()) {
            assertNotNull(robot.lookup("#image-" + i.shortId()).query(), i.displayName());
        }
        for (ContainerInstance c : state.containers().values()) {
            Node n = robot.lookup("#container-" + c.shortId()).query();
            assertEquals(Set.of(c.state().engineName()), statePseudoClasses(n), c.name());
        }
        assertNotNull(robot.lookup("#yard").query());
    }

    @Test
    void aStateChangeUpdatesTheSameNodeAndItsPseudoClass(FxRobot robot) {
        ContainerInstance web = named("webserver");
        Node before = robot.lookup("#container-" + web.shortId()).query();
        apply(robot, event(EngineEvent.ContainerAction.PAUSE, web.withState(ContainerState.PAUSED, 0, YardFixtures.NOW)));
        Node paused = robot.lookup("#container-" + web.shortId()).query();
        assertSame(before, paused);
        assertEquals(Set.of("paused"), statePseudoClasses(paused));
        apply(robot, event(EngineEvent.ContainerAction.DIE, named("webserver").withState(ContainerState.EXITED, 137, YardFixtures.NOW)));
        assertEquals(Set.of("exited"), statePseudoClasses(paused));
        assertEquals(io.dockyard.motion.Animations.ENDED_OPACITY, paused.getOpacity(), 1e-9, "greyed once it died");
        assertTrue(robot.lookup("#container-" + web.shortId() + " .instance-state").queryLabeled().getText().contains("137"));
    }

    @Test
    void removingAContainerRemovesItsNodeAndLinkAndMovesNoOther(FxRobot robot) {
        ContainerInstance gone = named("oneshot");
        Node ticker = robot.lookup("#container-" + named("ticker").shortId()).query();
        double x = ticker.getLayoutX();
        double y = ticker.getLayoutY();
        apply(robot, new EngineEvent.ContainerChanged(EngineEvent.ContainerAction.DESTROY, gone.id(),
                YardFixtures.NOW, 2, Map.of(), null));
        assertTrue(robot.lookup("#container-" + gone.shortId()).queryAll().isEmpty());
        assertEquals(8, robot.lookup(".link").queryAll().size());
        assertEquals(8, robot.lookup(".instance").queryAll().size());
        assertEquals(x, ticker.getLayoutX());
        assertEquals(y, ticker.getLayoutY());
    }

    @Test
    void aNewContainerAppearsWithItsLinkToTheBlueprint(FxRobot robot) {
        ImageBlueprint busybox = state.findImage("busybox:1.36").orElseThrow();
        ContainerInstance fresh = YardFixtures.container("fresh", busybox, ContainerState.CREATED, 0);
        apply(robot, event(EngineEvent.ContainerAction.CREATE, fresh));
        Node n = robot.lookup("#container-" + fresh.shortId()).query();
        assertEquals(Set.of("created"), statePseudoClasses(n));
        LinkLine link = robot.lookup(".link").queryAllAs(LinkLine.class).stream()
                .filter(l -> l.containerId().equals(fresh.id())).findFirst().orElseThrow();
        assertSame(robot.lookup("#image-" + busybox.shortId()).query(), link.target());
    }

    @Test
    void untaggingMakesTheSameBlueprintDanglingAndLinksStay(FxRobot robot) {
        ImageBlueprint nginx = state.findImage("nginx:1.27").orElseThrow();
        Node before = robot.lookup("#image-" + nginx.shortId()).query();
        ImageBlueprint untagged = new ImageBlueprint(nginx.id(), List.of(), List.of(), nginx.size(), nginx.created(),
                nginx.labels(), nginx.layers());
        List<ImageBlueprint> images = state.images().values().stream()
                .map(i -> i.id().equals(nginx.id()) ? untagged : i).toList();
        apply(robot, new EngineEvent.ImageChanged(EngineEvent.ImageAction.UNTAG, nginx.id(), YardFixtures.NOW, 3, images));
        Node after = robot.lookup("#image-" + nginx.shortId()).query();
        assertSame(before, after);
        assertTrue(after.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dangling")));
        assertEquals("<none>:<none>", robot.lookup("#image-" + nginx.shortId() + " .blueprint-title").queryLabeled().getText());
        long linked = robot.lookup(".link").queryAllAs(LinkLine.class).stream().filter(l -> l.target() == after).count();
        assertEquals(3, linked);
    }

    @Test
    void removingAnImageInUseLeavesAMissingImagePlaceholderItsContainersLinkTo(FxRobot robot) {
        ImageBlueprint app = state.findImage("dockyard/demo-app:2.1").orElseThrow();
        List<ImageBlueprint> images = state.images().values().stream().filter(i -> !i.id().equals(app.id())).toList();
        apply(robot, new EngineEvent.ImageChanged(EngineEvent.ImageAction.DELETE, app.id(), YardFixtures.NOW, 4, images));
        assertTrue(robot.lookup("#image-" + app.shortId()).queryAll().isEmpty());
        Node placeholder = robot.lookup("#missing-" + app.shortId()).query();
        long linked = robot.lookup(".link").queryAllAs(LinkLine.class).stream().filter(l -> l.target() == placeholder).count();
        assertEquals(3, linked);
        assertEquals(9, robot.lookup(".link").queryAll().size());
    }

    @Test
    void clickingAnInstanceSelectsItAndTheInspectorShowsItsDetailsWithSecretsMasked(FxRobot robot) {
        ContainerInstance web = named("webserver");
        robot.clickOn("#container-" + web.shortId());
        assertEquals(Selection.container(web.id()), yard.selectionProperty().get());
        assertTrue(robot.lookup("#container-" + web.shortId()).query().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("selected")));
        assertEquals(web.id(), inspector.valueOf("id"));
        assertEquals("running", inspector.valueOf("state"));
        assertEquals("PID " + web.pid(), inspector.valueOf("pid"));
        assertEquals("0.0.0.0:8089 → 80/tcp", inspector.valueOf("ports"));
        List<String> env = robot.lookup("#inspector .inspector-mono").queryAllAs(javafx.scene.control.Label.class)
                .stream().map(javafx.scene.control.Label::getText).toList();
        assertTrue(env.contains("DB_PASSWORD=••••••"), env.toString());
        assertFalse(env.stream().anyMatch(t -> t.contains("hunter2")), env.toString());
        assertTrue(env.contains("MODE=demo"));
    }

    @Test
    void clickingABlueprintShowsTheImageAndItsContainers(FxRobot robot) {
        ImageBlueprint nginx = state.findImage("nginx:1.27").orElseThrow();
        robot.clickOn("#image-" + nginx.shortId());
        assertEquals(Selection.image(nginx.id()), yard.selectionProperty().get());
        assertEquals("nginx:1.27\nnginx:latest", inspector.valueOf("tags"));
        assertEquals(nginx.id(), inspector.valueOf("id"));
        assertEquals("176 MB", inspector.valueOf("size"));
        assertEquals("webserver  (running)", inspector.valueOf("user-0"));
    }

    @Test
    void keyboardMovesTheSelectionAndEscapeClearsIt(FxRobot robot) {
        ImageBlueprint nginx = state.findImage("nginx:1.27").orElseThrow();
        robot.clickOn("#image-" + nginx.shortId());
        robot.type(KeyCode.RIGHT);
        assertEquals(Selection.container(named("webserver").id()), yard.selectionProperty().get());
        robot.type(KeyCode.DOWN);
        assertEquals(Selection.container(named("webserver2").id()), yard.selectionProperty().get());
        robot.type(KeyCode.ESCAPE);
        assertNull(yard.selectionProperty().get());
    }

    @Test
    void ctrlFFocusesTheFilterAndTheFilterDimsWhatDoesNotMatch(FxRobot robot) {
        robot.clickOn("#image-" + state.findImage("busybox:1.36").orElseThrow().shortId());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(yard.filterField().isFocused());
        robot.write("paused");
        PseudoClass dimmed = PseudoClass.getPseudoClass("dimmed");
        assertFalse(robot.lookup("#container-" + named("sleepy_turing").shortId()).query()
                .getPseudoClassStates().contains(dimmed));
        assertTrue(robot.lookup("#container-" + named("webserver").shortId()).query()
                .getPseudoClassStates().contains(dimmed));
    }

    @Test
    void highlightLightsNodesAndTheirLinksWithAReason(FxRobot robot) {
        ContainerInstance api = named("api");
        robot.interact(() -> yard.highlight(Set.of(api.id()), "look here"));
        PseudoClass lit = PseudoClass.getPseudoClass("highlighted");
        assertTrue(robot.lookup("#container-" + api.shortId()).query().getPseudoClassStates().contains(lit));
        assertTrue(robot.lookup("#link-" + api.shortId()).query().getPseudoClassStates().contains(lit));
        assertEquals("look here", robot.lookup(".highlight-reason").queryLabeled().getText());
        robot.interact(() -> yard.clearHighlight());
        assertFalse(robot.lookup("#container-" + api.shortId()).query().getPseudoClassStates().contains(lit));
    }

    @Test
    void atOverviewZoomNodesDropTheirDetail(FxRobot robot) {
        ContainerInstance api = named("api");
        robot.interact(() -> yard.zoomBy(0.2 / yard.zoomProperty().get()));
        YardNode n = (YardNode) robot.lookup("#container-" + api.shortId()).query();
        assertFalse(n.isDetailed());
        assertTrue(n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("overview")));
        assertTrue(n.isTitled(), "names in large letters at 0.2");
        robot.interact(() -> yard.zoomBy(0.1 / yard.zoomProperty().get()));
        assertFalse(n.isTitled(), "plain tiles at 0.1");
        robot.interact(() -> yard.zoomBy(1.0 / yard.zoomProperty().get()));
        assertTrue(n.isDetailed());
        assertFalse(n.isTitled());
    }

    @Test
    void theDifferencePanelPointsAtTheBusiestBlueprintsLinks(FxRobot robot) {
        DifferencePanel panel = new DifferencePanel(yard);
        robot.interact(() -> panel.point(5));
        Highlight h = yard.model().highlightProperty().get();
        ImageBlueprint nginx = state.findImage("nginx:1.27").orElseThrow();
        assertEquals(Highlight.Focus.LINKS, h.focus());
        assertTrue(h.ids().contains(nginx.id()) || h.ids().contains(state.findImage("busybox:1.36").orElseThrow().id())
                || h.ids().contains(state.findImage("dockyard/demo-app:2.1").orElseThrow().id()));
        assertEquals(4, h.ids().size(), "one blueprint and its three containers");
        robot.interact(() -> panel.point(2));
        assertEquals(Highlight.Focus.WRITABLE_LAYER, yard.model().highlightProperty().get().focus());
        assertEquals(9, yard.model().highlightProperty().get().ids().size());
    }

    @Test
    void pointingFromTheComparisonLeavesALessonsHighlightWhereItWas(FxRobot robot) {
        DifferencePanel panel = new DifferencePanel(yard);
        String image = state.findImage("nginx:1.27").orElseThrow().id();
        robot.interact(() -> yard.highlight(Set.of(image), "What this step is about"));
        Highlight lesson = yard.model().highlightProperty().get();

        robot.interact(() -> panel.point(2));
        assertEquals(Highlight.Focus.WRITABLE_LAYER, yard.model().highlightProperty().get().focus(), "the hovered row shows");
        robot.interact(yard::stopPointing);
        assertEquals(lesson, yard.model().highlightProperty().get(), "the lesson's highlight is back");

        robot.interact(() -> panel.point(2));
        robot.interact(yard::clearHighlight); // the lesson moves on while the row is still hovered
        robot.interact(yard::stopPointing);
        assertTrue(yard.model().highlightProperty().get().isEmpty(), "nothing comes back that was cleared meanwhile");
    }

    @Test
    void exportTakesTheSnapshotOnTheFxThreadAndWritesItElsewhere(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        YardExport export = new YardExport(yard);
        java.io.File target = dir.resolve("view.png").toFile();
        List<String> writers = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Executor recording = task -> background.execute(() -> {
            writers.add(Thread.currentThread().getName());
            task.run();
        });
        List<Runnable> shownOnUi = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            robot.interact(() -> YardExport.save(null, export::snapshotView, target, recording, shownOnUi::add));
            background.submit(() -> { }).get(30, java.util.concurrent.TimeUnit.SECONDS); // the write is done
            assertTrue(javax.imageio.ImageIO.read(target).getWidth() > 100, "a PNG of the view");
            assertEquals(1, writers.size());
            assertFalse(writers.get(0).contains("JavaFX"), "written off the FX thread: " + writers);
            assertTrue(shownOnUi.isEmpty(), "no failure to show");

            java.io.File nowhere = dir.resolve("missing-folder").resolve("view.png").toFile();
            robot.interact(() -> YardExport.save(null, export::snapshotView, nowhere, recording, shownOnUi::add));
            background.submit(() -> { }).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(1, shownOnUi.size(), "the failure is handed to the UI to show");
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void exportWritesTheViewAndTheWholeYardAsPng(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        YardExport export = new YardExport(yard);
        java.io.File view = dir.resolve("view.png").toFile();
        java.io.File whole = dir.resolve("whole.png").toFile();
        robot.interact(() -> yard.zoomBy(0.2 / yard.zoomProperty().get()));
        robot.interact(() -> {
            try {
                export.exportView(view);
                export.exportWholeYard(whole);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        java.awt.image.BufferedImage v = javax.imageio.ImageIO.read(view);
        java.awt.image.BufferedImage w = javax.imageio.ImageIO.read(whole);
        assertEquals((int) Math.ceil(yard.viewport().getWidth()), v.getWidth());
        assertEquals((int) Math.ceil(yard.contentWidth()), w.getWidth(), 1.0);
        assertEquals((int) Math.ceil(yard.placement().height()), w.getHeight(), 1.0);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < w.getWidth(); x += 7) {
            for (int y = 0; y < w.getHeight(); y += 7) {
                colours.add(w.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "the whole yard is drawn, not a blank sheet: " + colours.size() + " colours");
        YardNode api = (YardNode) robot.lookup("#container-" + named("api").shortId()).query();
        assertFalse(api.isDetailed(), "back to overview after the export");
    }

    @Test
    void aContainerKnownBeforeItsImageLinksToAPlaceholderThenToTheBlueprint(FxRobot robot) {
        ImageBlueprint fresh = YardFixtures.image("fresh-image", List.of("fresh:1"), 1000);
        ContainerInstance full = YardFixtures.container("early", fresh, ContainerState.RUNNING, 0);
        apply(robot, new EngineEvent.ContainerChanged(EngineEvent.ContainerAction.CREATE, full.id(), YardFixtures.NOW, 5,
                Map.of("name", "early", "image", "fresh:1"), null));
        assertNotNull(robot.lookup("#missing-unknown").query(), "image not known yet");
        apply(robot, event(EngineEvent.ContainerAction.START, full));
        Node placeholder = robot.lookup("#missing-" + fresh.shortId()).query();
        LinkLine link = robot.lookup("#link-" + full.shortId()).queryAs(LinkLine.class);
        assertSame(placeholder, link.target());
        assertTrue(robot.lookup("#missing-unknown").queryAll().isEmpty(), "the unknown-image placeholder went");

        List<ImageBlueprint> images = new java.util.ArrayList<>(state.images().values());
        images.add(fresh);
        apply(robot, new EngineEvent.ImageChanged(EngineEvent.ImageAction.PULL, fresh.id(), YardFixtures.NOW, 6, images));
        assertSame(robot.lookup("#image-" + fresh.shortId()).query(), link.target());
        assertTrue(robot.lookup("#missing-" + fresh.shortId()).queryAll().isEmpty());
    }

    @Test
    void dragPansScrollPansCtrlScrollAndKeysZoomAndFitFramesTheYard(FxRobot robot) {
        Node api = robot.lookup("#container-" + named("api").shortId()).query();
        javafx.geometry.Bounds before = api.localToScene(api.getLayoutBounds());
        javafx.geometry.Point2D empty = robot.point("#yard").atPosition(javafx.geometry.Pos.BOTTOM_CENTER)
                .atOffset(new javafx.geometry.Point2D(0, -60)).query();
        robot.drag(empty, javafx.scene.input.MouseButton.PRIMARY).moveBy(-120, -80).release(javafx.scene.input.MouseButton.PRIMARY);
        javafx.geometry.Bounds dragged = api.localToScene(api.getLayoutBounds());
        assertEquals(before.getMinX() - 120, dragged.getMinX(), 3, "dragging the background pans");
        assertEquals(before.getMinY() - 80, dragged.getMinY(), 3);

        robot.moveTo(empty).scroll(2, javafx.geometry.VerticalDirection.DOWN);
        assertTrue(Math.abs(api.localToScene(api.getLayoutBounds()).getMinY() - dragged.getMinY()) > 1, "scrolling pans");

        double zoom = yard.zoomProperty().get();
        robot.press(KeyCode.CONTROL).scroll(1, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        assertTrue(yard.zoomProperty().get() != zoom, "ctrl+scroll zooms");
        double afterWheel = yard.zoomProperty().get();
        robot.clickOn(empty).type(KeyCode.MINUS);
        assertTrue(yard.zoomProperty().get() < afterWheel, "minus zooms out");
        robot.type(KeyCode.DIGIT0);
        javafx.geometry.Bounds yardBounds = robot.lookup("#yard").query().localToScene(robot.lookup("#yard").query().getLayoutBounds());
        javafx.geometry.Bounds fitted = api.localToScene(api.getLayoutBounds());
        assertTrue(yardBounds.contains(fitted), "0 fits the yard: " + fitted + " inside " + yardBounds);
    }
}
