package io.dockyard.app;

import io.dockyard.testing.Await;
import io.dockyard.testing.FxScene;
import io.dockyard.testing.FxPulseWatch;
import io.dockyard.testing.TestEngine;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.List;

import static io.dockyard.testing.FxScene.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole app against the real engine, as a user meets it: the window shows first with the yard,
 * then takes the inspector, the journal and the lesson coach one frame at a time; every panel
 * opens from the header, Ctrl+F reaches the yard's filter from anywhere, and a container started in
 * a terminal appears on the yard.
 */
@Timeout(90)
class DockyardAppFxIT {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    /** A gap longer than this between two pulses is looked into: waiting, or working. */
    private static final long GAP_LIMIT_MS = 100;
    private final FxRobot robot = new FxRobot();
    private final FxScene scene = new FxScene(robot);
    private TestEngine engine;
    private Stage stage;
    private DockyardApp app;

    @BeforeEach
    void launch() throws Exception {
        engine = TestEngine.require();
        stage = FxToolkit.registerPrimaryStage();
        app = TestLaunch.app(engine.host());
    }

    @AfterEach
    void close() throws Exception {
        if (app == null) {
            return; // skipped: no engine
        }
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        engine.cleanup();
    }

    @Test
    void theWindowGoesLiveThenTakesEveryPartAndEveryPanelOpens() {
        Await.until(LIMIT, () -> "live".equals(scene.text("#status-text")), () -> "status: " + scene.text("#status-text"));
        Await.until(LIMIT, () -> scene.visible("#inspector") && scene.present("#journal"),
                () -> "the inspector and the journal never arrived");
        assertEquals(AppIcons.SIZES.size(), stage.getIcons().size(), "every icon size is on the window");

        robot.clickOn("#panel-learn");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.visible("#learn"), "the Learn panel shows its lessons");
        assertFalse(scene.visible("#inspector"), "one side panel at a time");

        robot.clickOn("#panel-what-s-the-difference");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.visible("#difference"), "the comparison panel shows");
        assertFalse(scene.visible("#learn"));

        robot.clickOn("#panel-inspector");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.visible("#inspector"));

        // the focus is on a header button, not the yard: Ctrl+F still goes to the yard's filter
        assertFalse(onFx(() -> scene.find("#yard-filter").map(Node::isFocused).orElse(true)));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(() -> scene.find("#yard-filter").map(Node::isFocused).orElse(false)), "Ctrl+F from anywhere focuses the filter");
    }

    @Test
    void aContainerStartedInATerminalAppearsOnTheYardAndInTheEventFeed() {
        Await.until(LIMIT, () -> "live".equals(scene.text("#status-text")), () -> "status: " + scene.text("#status-text"));
        String name = "dockyard-app-it-" + engine.runId();
        String id = engine.runDetached("--name", name, TestEngine.BASE_IMAGE, "sleep", "30");
        String node = "#container-" + id.substring(0, 12);
        Await.until(LIMIT, () -> scene.present(node), () -> node + " never appeared on the yard");
        assertEquals(1, (int) onFx(() -> robot.lookup(node).queryAll().size()), "one node per container");
        Await.until(LIMIT, () -> onFx(() -> scene.find("#engine-events").map(list -> ((ListView<?>) list).getItems().stream()
                        .anyMatch(row -> row.toString().contains(name))).orElse(false)),
                () -> "the event feed never showed " + name);
    }

    @Test
    void theFxThreadNeverWaitsWhileTheUserWorks() throws Exception {
        Await.until(LIMIT, () -> "live".equals(scene.text("#status-text")), () -> "status: " + scene.text("#status-text"));
        Await.until(LIMIT, () -> scene.visible("#inspector") && scene.present("#journal"), () -> "the rest never arrived");
        WaitForAsyncUtils.waitForFxEvents();
        String name = "dockyard-gap-it-" + engine.runId();
        String id = engine.runDetached("--name", name, TestEngine.BASE_IMAGE, "sleep", "30");
        String node = "#container-" + id.substring(0, 12);
        Await.until(LIMIT, () -> scene.present(node), () -> name + " never appeared");
        WaitForAsyncUtils.waitForFxEvents();
        try (FxPulseWatch watch = FxPulseWatch.start(GAP_LIMIT_MS)) {
            // each toggle writes the settings file, which the FX thread used to wait for
            for (int i = 0; i < 2; i++) {
                robot.clickOn("#app-menu");
                robot.clickOn(AppMenu.REDUCE_MOTION);
            }
            // the first gesture on the engine: its clients were opened when the engine connected
            robot.interact(() -> robot.lookup("#yard").queryAs(io.dockyard.yard.YardView.class).fitToView());
            robot.rightClickOn(node);
            robot.clickOn("Stop");
            Await.until(LIMIT, () -> engine.docker("inspect", "--format", "{{.State.Status}}", id).trim().equals("exited"),
                    () -> "the menu's Stop never reached the engine");
            Await.until(LIMIT, () -> onFx(() -> scene.find(node).map(n -> n.getPseudoClassStates().stream()
                    .anyMatch(p -> p.getPseudoClassName().equals("exited"))).orElse(false)), () -> "not drawn exited");
            WaitForAsyncUtils.waitForFxEvents();
            System.out.println("fx: " + watch.summary());
            assertEquals(List.of(), watch.waits(), "the FX thread waited; " + watch.summary());
            assertTrue(watch.longestGapMillis() > 0, "pulses were seen");
        }
    }
}
