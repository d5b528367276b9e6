package io.dockyard.yard;

import io.dockyard.engine.EngineFeed;
import io.dockyard.inspect.InspectorView;
import io.dockyard.motion.Motion;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.LiveFeed;
import io.dockyard.testing.TestEngine;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The yard against the real engine: what the terminal does, the yard shows. */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class YardEngineIT {
    private static final Duration SEEN = Duration.ofSeconds(5);
    private static final List<String> STATES = List.of("created", "running", "paused", "restarting", "exited", "dead");
    private static TestEngine engine;
    private static EngineStore store;
    private static EngineFeed feed;

    private YardView yard;
    private InspectorView inspector;
    private Runnable unsubscribe;

    @BeforeAll
    static void connect() throws Exception {
        engine = TestEngine.require();
        org.testfx.api.FxToolkit.registerPrimaryStage(); // the store hands states to the FX thread from the start
        LiveFeed live = LiveFeed.start(engine.endpoint(), Platform::runLater);
        store = live.store();
        feed = live.feed();
    }

    @AfterAll
    static void disconnect() {
        if (feed != null) {
            feed.close();
            store.close();
        }
        if (engine != null) {
            engine.cleanup();
        }
    }

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        yard = new YardView(new YardViewModel(), Motion.NONE, Clock.systemUTC());
        inspector = new InspectorView();
        yard.selectionProperty().addListener((o, was, now) -> inspector.select(now == null ? null : now.id()));
        BorderPane root = new BorderPane(yard);
        root.setRight(inspector);
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
        unsubscribe = store.subscribe(s -> {
            yard.show(s);
            inspector.show(s);
        });
    }

    @AfterEach
    void stopWatching() {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        engine.cleanup();
    }

    private static <T> T fx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Node node(String selector) {
        return fx(() -> yard.lookup(selector));
    }

    private Set<String> stateOf(String containerId) {
        return fx(() -> {
            Node n = yard.lookup("#container-" + containerId.substring(0, 12));
            return n == null ? Set.of() : n.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                    .filter(STATES::contains).collect(Collectors.toSet());
        });
    }

    private void awaitState(String id, String state) {
        Await.until(SEEN, () -> stateOf(id).equals(Set.of(state)), () -> id + " shows " + stateOf(id) + ", not " + state);
    }

    private long linksOf(String containerId) {
        return fx(() -> yard.lookupAll(".link").stream()
                .filter(l -> ((LinkLine) l).containerId().equals(containerId)).count());
    }

    private String shortImageId(String ref) {
        return engine.docker("image", "inspect", "--format", "{{.Id}}", ref).substring(7, 19);
    }

    @Test
    void runPauseStopAndRemoveAreDrawnAsTheyHappen() {
        String id = engine.runDetached("--name", "yard-it-" + engine.runId(), TestEngine.BASE_IMAGE, "sleep", "300");
        awaitState(id, "running");
        assertEquals(1, linksOf(id));
        Node blueprint = node("#image-" + shortImageId(TestEngine.BASE_IMAGE));
        assertTrue(fx(() -> yard.lookupAll(".link").stream().map(l -> (LinkLine) l)
                .anyMatch(l -> l.containerId().equals(id) && l.target() == blueprint)), "linked to its blueprint");

        engine.docker("pause", id);
        awaitState(id, "paused");
        engine.docker("unpause", id);
        awaitState(id, "running");
        engine.docker("stop", "-t", "1", id);
        awaitState(id, "exited");

        engine.docker("rm", id);
        Await.until(SEEN, () -> node("#container-" + id.substring(0, 12)) == null, () -> "node still there");
        assertEquals(0, linksOf(id));
        assertOneLinkPerContainer();
    }

    @Test
    void tagUntagAndRemoveImagesAreDrawnAndAContainerKeepsItsLinkToItsImageId() {
        String tag = "dockyard-test/yard-" + engine.runId() + ":one";
        String imageId = engine.build(tag, "RUN echo first > /hello");
        String shortId = imageId.substring(7, 19);
        Await.until(SEEN, () -> node("#image-" + shortId) != null, () -> "no blueprint for " + tag);
        assertEquals(tag, title(shortId));

        String second = "dockyard-test/yard-" + engine.runId() + ":two";
        engine.docker("tag", tag, second);
        Await.until(SEEN, () -> tagsText(shortId).contains(second), () -> "tag not drawn: " + tagsText(shortId));
        String id = engine.docker("create", "--label", engine.label(), second, "true");
        Await.until(SEEN, () -> stateOf(id).equals(Set.of("created")), () -> "created not drawn");
        engine.docker("rmi", second);
        Await.until(SEEN, () -> !tagsText(shortId).contains(second), () -> "untag not drawn: " + tagsText(shortId));

        // Building the tag again moves it to a new image: the old one is left untagged, still in use.
        String newer = engine.build(tag, "RUN echo second > /hello");
        Await.until(SEEN, () -> node("#image-" + newer.substring(7, 19)) != null, () -> "rebuilt image not drawn");
        Await.until(SEEN, () -> "<none>:<none>".equals(title(shortId)), () -> "untagged image shows " + title(shortId));
        Node old = node("#image-" + shortId);
        assertTrue(fx(() -> old.getPseudoClassStates().contains(PseudoClass.getPseudoClass("dangling"))));
        assertEquals(old, linkTarget(id), "still linked to the image id");

        // Forcing the old image out: whatever the engine keeps, the link says it.
        engine.docker("rmi", "-f", imageId);
        if (engine.tryDocker("image", "inspect", imageId).exitCode() == 0) {
            Await.until(SEEN, () -> linkTarget(id) == node("#image-" + shortId), () -> "link lost its image");
        } else {
            Await.until(SEEN, () -> node("#image-" + shortId) == null && linkTarget(id) != null
                    && linkTarget(id) == node("#missing-" + shortId), () -> "no missing-image placeholder linked");
        }
        engine.docker("rm", id);
        Await.until(SEEN, () -> node("#missing-" + shortId) == null, () -> "placeholder outlived its containers");
        engine.docker("rmi", tag);
        Await.until(SEEN, () -> node("#image-" + newer.substring(7, 19)) == null, () -> "blueprint still there after rmi");
        assertOneLinkPerContainer();
    }

    private Node linkTarget(String containerId) {
        return fx(() -> yard.lookupAll(".link").stream().map(l -> (LinkLine) l)
                .filter(l -> l.containerId().equals(containerId)).findFirst().map(l -> (Node) l.target()).orElse(null));
    }

    @Test
    void theInspectorShowsWhatDockerInspectSays(FxRobot robot) {
        String id = engine.runDetached("--name", "yard-inspect-" + engine.runId(), "-p", "127.0.0.1:0:80",
                "-e", "API_TOKEN=abc123", "-e", "GREETING=hello", TestEngine.BASE_IMAGE, "sleep", "300");
        awaitState(id, "running");
        robot.interact(() -> yard.select(Selection.container(id)));
        String pid = engine.docker("inspect", "--format", "{{.State.Pid}}", id);
        Await.until(SEEN, () -> ("PID " + pid).equals(fx(() -> inspector.valueOf("pid"))),
                () -> "inspector pid " + fx(() -> inspector.valueOf("pid")) + ", docker says " + pid);
        assertEquals(engine.docker("inspect", "--format", "{{.Id}}", id), fx(() -> inspector.valueOf("id")));
        assertEquals(engine.docker("inspect", "--format", "{{.Name}}", id).substring(1), fx(() -> inspector.valueOf("name")));
        assertEquals(engine.docker("inspect", "--format", "{{.State.Status}}", id), fx(() -> inspector.valueOf("state")));
        assertTrue(fx(() -> inspector.valueOf("image")).startsWith(engine.docker("inspect", "--format", "{{.Config.Image}}", id)));
        String hostPort = engine.docker("port", id, "80/tcp").lines().findFirst().orElseThrow();
        assertEquals(hostPort + " → 80/tcp", fx(() -> inspector.valueOf("ports")));
        assertEquals(engine.docker("inspect", "--format", "{{range $k, $v := .NetworkSettings.Networks}}{{$k}}{{end}}", id),
                fx(() -> inspector.valueOf("networks")));
        List<String> env = fx(() -> inspector.lookupAll(".inspector-mono").stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList());
        assertTrue(env.contains("API_TOKEN=••••••"), env.toString());
        assertTrue(env.contains("GREETING=hello"), env.toString());
        assertTrue(env.stream().noneMatch(t -> t.contains("abc123")), env.toString());
    }

    /** Reads a blueprint's words as a person would: zoomed in on it, so it is drawn in full. */
    private String blueprintText(String shortId, String part) {
        return fx(() -> {
            Node blueprint = yard.lookup("#image-" + shortId);
            if (blueprint == null) {
                return null;
            }
            yard.zoomBy(1.0 / yard.zoomProperty().get());
            yard.reveal(((YardNode) blueprint).target());
            yard.applyCss();
            Node n = blueprint.lookup(part);
            return n == null ? null : ((javafx.scene.control.Label) n).getText();
        });
    }

    private String title(String shortId) {
        return blueprintText(shortId, ".blueprint-title");
    }

    private String tagsText(String shortId) {
        return blueprintText(shortId, ".blueprint-tags") + " " + title(shortId);
    }

    private void assertOneLinkPerContainer() {
        Await.until(SEEN, () -> fx(() -> yard.lookupAll(".link").size() == store.current().containers().size()
                && yard.lookupAll(".instance").size() == store.current().containers().size()),
                () -> "links " + fx(() -> yard.lookupAll(".link").size()) + " for "
                        + store.current().containers().size() + " containers");
    }
}
