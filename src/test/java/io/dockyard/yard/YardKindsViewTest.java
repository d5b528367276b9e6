package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.ProjectRef;
import io.dockyard.model.Target;
import io.dockyard.motion.Motion;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
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

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Volumes, networks and compose projects on the yard, as a person sees and points at them. */
@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class YardKindsViewTest {
    private static final PseudoClass UNUSED = PseudoClass.getPseudoClass("unused");
    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");

    private YardView yard;
    private EngineState state;
    private final List<ObjectRef[]> connects = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        yard = new YardView(new YardViewModel(), Motion.NONE, Clock.fixed(YardFixtures.NOW, ZoneOffset.UTC));
        yard.setOnConnectRequested((c, n) -> connects.add(new ObjectRef[] {c, n}));
        stage.setScene(new Scene(yard, 1600, 1000));
        stage.show();
    }

    @BeforeEach
    void fill(FxRobot robot) {
        show(robot, YardFixtures.manyKinds());
        robot.interact(() -> {
            yard.fitToView(); // all of it in the window, drawn in full
            yard.zoomBy(0.5 / yard.zoomProperty().get());
        });
        assertTrue(yard.detailed(), "readable at 0.5");
    }

    private void show(FxRobot robot, EngineState s) {
        state = s;
        robot.interact(() -> yard.show(s));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String sha12(String text) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d).substring(0, 12);
    }

    private ContainerInstance named(String name) {
        return state.findContainer(name).orElseThrow();
    }

    private NetworkRecord network(String name) {
        return state.findNetwork(name).orElseThrow();
    }

    private Node node(String id) {
        return yard.lookup("#" + id);
    }

    private static Set<String> texts(List<? extends Node> labels) {
        return labels.stream().map(n -> ((Label) n).getText()).collect(Collectors.toSet());
    }

    private static Bounds world(Node n) {
        return new javafx.geometry.BoundingBox(n.getLayoutX(), n.getLayoutY(), n.getLayoutBounds().getWidth(),
                n.getLayoutBounds().getHeight());
    }

    @Test
    void volumesAreTanksNamedAndMarkedUnusedWhenNoContainerMountsThem(FxRobot robot) throws Exception {
        assertEquals(4, robot.lookup(".volume").queryAll().size());
        Node data = node("volume-" + sha12("shop_data"));
        Node old = node("volume-" + sha12("old-cache"));
        assertNotNull(data);
        assertNotNull(old);
        assertTrue(data.getStyleClass().contains("volume"));
        assertFalse(data.getPseudoClassStates().contains(UNUSED));
        assertTrue(old.getPseudoClassStates().contains(UNUSED), "no container mounts old-cache");
        assertEquals("local · 38.0 MB", ((Label) data.lookup(".volume-facts")).getText());
        assertEquals("local · 1.2 GB", ((Label) old.lookup(".volume-facts")).getText());
        assertEquals("local", ((Label) node("volume-" + sha12("shop_cache")).lookup(".volume-facts")).getText(),
                "no size until the engine says it");
        String anonymous = YardFixtures.hex("anonymous-volume");
        assertEquals(anonymous.substring(0, 12) + "…",
                ((Label) node("volume-" + sha12(anonymous)).lookup(".volume-name")).getText());
    }

    @Test
    void oneMountLinkPerMountLabelledWithItsPathReadOnlyMarked(FxRobot robot) {
        List<LinkLine> mounts = robot.lookup(".mount").queryAllAs(LinkLine.class).stream().toList();
        assertEquals(3, mounts.size(), "api→cache, db→data, tool-run→its anonymous volume");
        LinkLine db = mounts.stream().filter(l -> l.containerId().equals(named("shop-db-1").id())).findFirst().orElseThrow();
        assertEquals("volume-" + YardIds.sha12("shop_data"), db.target().getId());
        assertEquals("/var/lib/postgresql/data", db.label().getText());
        assertFalse(db.getPseudoClassStates().contains(READ_ONLY));
        LinkLine api = mounts.stream().filter(l -> l.containerId().equals(named("shop-api-1").id())).findFirst().orElseThrow();
        assertTrue(api.getPseudoClassStates().contains(READ_ONLY), "mounted :ro");
        assertTrue(api.label().getText().startsWith("/var/cache/api"));
        assertTrue(api.label().isVisible(), "the path can be read at this zoom");
    }

    @Test
    void userDefinedNetworksAreBusesWithOneAttachmentEachDefaultOnesABadge(FxRobot robot) {
        assertEquals(2, robot.lookup(".network").queryAll().size());
        Node front = node("network-" + network("shop_front").shortId());
        assertNotNull(front);
        assertTrue(robot.lookup("#network-" + network("bridge").shortId()).queryAll().isEmpty(), "bridge is no bus");
        List<LinkLine> attachments = robot.lookup(".attachment").queryAllAs(LinkLine.class).stream().toList();
        assertEquals(4, attachments.size(), "web and api on front, api and db on back");
        assertEquals(2, attachments.stream().filter(l -> l.target() == front).count());
        LinkLine db = attachments.stream().filter(l -> l.containerId().equals(named("shop-db-1").id())).findFirst().orElseThrow();
        assertEquals("172.21.0.2", db.label().getText());
        assertTrue(db.label().getTooltip().getText().contains("db, postgres"), db.label().getTooltip().getText());
        Node ticker = node("container-" + named("ticker").shortId());
        assertEquals(Set.of("bridge"), texts(ticker.lookupAll(".network-badge").stream().toList()));
        assertTrue(node("container-" + named("shop-db-1").shortId()).lookupAll(".network-badge").isEmpty());
    }

    @Test
    void aBindMountIsAHostFolderMarkerWithBothPathsInItsTooltip(FxRobot robot) {
        Node tool = node("container-" + named("tool-run").shortId());
        List<Node> marks = List.copyOf(tool.lookupAll(".bind-mark"));
        assertEquals(1, marks.size());
        assertEquals("host folder /home/me/project/src → /src", ((Label) marks.get(0)).getTooltip().getText());
    }

    @Test
    void theProjectFrameContainsItsContainersAndEachShowsItsService(FxRobot robot) throws Exception {
        Node frame = node("project-" + sha12("shop"));
        assertNotNull(frame);
        assertTrue(frame.getStyleClass().contains("project"));
        assertEquals("shop", ((Label) frame.lookup(".project-title")).getText());
        Bounds f = world(frame);
        for (ContainerInstance c : state.containers().values()) {
            Bounds b = world(node("container-" + c.shortId()));
            assertEquals(c.composeProject().equals("shop"), f.contains(b), c.name());
        }
        assertEquals(Set.of("service web"), texts(node("container-" + named("shop-web-1").shortId())
                .lookupAll(".instance-service").stream().toList()));
        assertTrue(node("container-" + named("ticker").shortId()).lookupAll(".instance-service").isEmpty());
        assertEquals(5, robot.lookup(".link").queryAll().size(), "one image link per container, whatever else it has");
    }

    @Test
    void theHitTestNamesWhatIsUnderThePointerByKind(FxRobot robot) {
        ContainerInstance web = named("shop-web-1");
        Node name = node("container-" + web.shortId()).lookup(".instance-name");
        assertEquals(Optional.of(state.engineId().ref(Kind.CONTAINER, web.id())), yard.targetAt(name));
        String image = web.imageId();
        Node title = node("image-" + io.dockyard.model.Ids.shortId(image)).lookup(".blueprint-title");
        assertEquals(Optional.of(state.engineId().ref(Kind.IMAGE, image)), yard.targetAt(title));
        Node tank = node("volume-" + YardIds.sha12("shop_data")).lookup(".volume-name");
        assertEquals(Optional.of(state.engineId().ref(Kind.VOLUME, "shop_data")), yard.targetAt(tank));
        Node frameTitle = node("project-" + YardIds.sha12("shop")).lookup(".project-title");
        assertEquals(Optional.<Target>of(new ProjectRef(state.engineId(), "shop")), yard.targetAt(frameTitle));
        assertEquals(Optional.empty(), yard.targetAt(yard), "the background is no object");
        assertEquals(Optional.empty(), yard.targetAt(yard.filterField()));
        assertEquals(Optional.empty(), yard.targetAt(new InstanceNode(state.engineId().ref(Kind.CONTAINER, web.id()))),
                "a node the yard did not register names nothing");
    }

    @Test
    void draggingAnInstanceOntoABusAsksToConnectAndTheInstanceGoesBack(FxRobot robot) {
        ContainerInstance ticker = named("ticker");
        Node instance = node("container-" + ticker.shortId());
        Node bus = node("network-" + network("shop_back").shortId()).lookup(".network-bar");
        Bounds seat = instance.localToScene(instance.getLayoutBounds());
        robot.drag(instance.lookup(".instance-name"), javafx.scene.input.MouseButton.PRIMARY).moveTo(bus)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, connects.size());
        assertEquals(state.engineId().ref(Kind.CONTAINER, ticker.id()), connects.get(0)[0]);
        assertEquals(state.engineId().ref(Kind.NETWORK, network("shop_back").id()), connects.get(0)[1]);
        assertEquals(seat, instance.localToScene(instance.getLayoutBounds()), "back at its seat: the engine decides");
        assertTrue(robot.lookup(".attachment").queryAllAs(LinkLine.class).stream()
                .noneMatch(l -> l.containerId().equals(ticker.id())), "nothing drawn until the engine says so");
    }

    @Test
    void linksThatMeanSomethingStayAtEveryZoom(FxRobot robot) {
        for (double zoom : List.of(0.5, 0.3, 0.1)) {
            robot.interact(() -> yard.zoomBy(zoom / yard.zoomProperty().get()));
            for (String kind : List.of(".link", ".mount", ".attachment")) {
                List<Node> links = List.copyOf(robot.lookup(kind).queryAll());
                assertFalse(links.isEmpty(), kind);
                links.forEach(l -> assertTrue(l.isVisible(), kind + " hidden at zoom " + zoom));
            }
        }
    }

    @Test
    void anUnchangedNodeIsNotUpdatedAndAChangedOneIs(FxRobot robot) {
        Node ticker = node("container-" + named("ticker").shortId());
        Label name = (Label) ticker.lookup(".instance-name");
        robot.interact(() -> name.setText("scribbled"));
        ContainerInstance web = named("shop-web-1");
        show(robot, EngineReducer.reduce(state, new EngineEvent.Upserted(YardFixtures.NOW, List.of(web.withName("shop-web-9")))));
        assertEquals("scribbled", name.getText(), "another container changed: this node was left alone");
        assertEquals("shop-web-9", ((Label) node("container-" + web.shortId()).lookup(".instance-name")).getText());
        show(robot, EngineReducer.reduce(state, new EngineEvent.Upserted(YardFixtures.NOW,
                List.of(named("ticker").withName("ticker-2")))));
        assertSame(ticker, node("container-" + named("ticker-2").shortId()), "the same node, updated in place");
        assertEquals("ticker-2", name.getText());
    }

    @Test
    void aVolumeThatLosesItsLastContainerTurnsUnusedAndItsLinkGoes(FxRobot robot) throws Exception {
        ContainerInstance db = named("shop-db-1");
        show(robot, EngineReducer.reduce(state, new EngineEvent.Removed(YardFixtures.NOW, Kind.CONTAINER, List.of(db.id()))));
        Node data = node("volume-" + sha12("shop_data"));
        assertTrue(data.getPseudoClassStates().contains(UNUSED));
        assertEquals(2, robot.lookup(".mount").queryAll().size());
        assertEquals(3, robot.lookup(".attachment").queryAll().size(), "db's attachment went with it");
    }

    @Test
    void aLongImageNameIsCutInTheMiddleSoItsStartAndTagStayReadable(FxRobot robot) {
        String image = named("shop-web-1").imageId();
        Label title = (Label) node("image-" + io.dockyard.model.Ids.shortId(image)).lookup(".blueprint-title");
        assertEquals("registry.example.com/shop/web:2.1", title.getText(), "the whole name, for the tooltip and tests");
        String drawn = ((javafx.scene.text.Text) title.lookup(".text")).getText();
        assertTrue(drawn.contains("…") && !drawn.contains("...") && drawn.startsWith("registry.") && drawn.endsWith("/web:2.1"), drawn);
    }
}
