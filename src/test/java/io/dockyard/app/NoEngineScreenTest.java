package io.dockyard.app;

import io.dockyard.testing.Await;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** With no engine at the chosen address the app shows why, keeps running, and keeps trying. */
@Timeout(60)
class NoEngineScreenTest {
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void closeApp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void unreachableHostShowsTheNoEnginePage() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        DockyardApp app = TestLaunch.app("tcp://127.0.0.1:1");
        try {
            Await.until(Duration.ofSeconds(20), () -> robot.lookup("#no-engine").tryQuery().map(Node::isVisible).orElse(false),
                    () -> "no-engine page not shown");
            WaitForAsyncUtils.waitForFxEvents();
            String reason = robot.lookup("#no-engine-reason").queryAs(Label.class).getText();
            assertTrue(reason.contains("tcp://127.0.0.1:1") && reason.contains("connection refused"), reason);
            String status = robot.lookup("#status-text").queryAs(Label.class).getText();
            assertTrue(status.equals("no engine"), status);
            assertTrue(stage.isShowing(), "the app keeps running");
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }
}
