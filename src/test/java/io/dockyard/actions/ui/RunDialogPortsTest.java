package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.HostPorts;
import io.dockyard.journal.CommandJournal;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.testing.Await;
import io.dockyard.testing.FxPulseWatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Run with options…" asks whether host ports are free in the background: a probe that waits as
 * long as a slow DNS lookup never holds up typing, the form says "checking" meanwhile, and the
 * answer lands under the field.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class RunDialogPortsTest {
    private static final long SLOW_MS = 600;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final ExecutorService probes = Executors.newSingleThreadExecutor();
    /** Port 8080 is taken; every answer takes long, as a busy machine can make it. */
    private final HostPorts slow = (ip, port, protocol) -> {
        asked.add(ip + ":" + port);
        try {
            Thread.sleep(SLOW_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return port != 8080;
    };
    private Stage owner;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheet());
        owner = stage;
        stage.setScene(new Scene(new Pane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        probes.shutdownNow();
    }

    @Test
    void aSlowPortProbeNeverHoldsUpTypingAndItsAnswerLandsUnderTheField(FxRobot robot) throws Exception {
        ActionRunner runner = new ActionRunner(noEngine(), new CommandJournal(Clock.systemUTC()),
                () -> EngineState.empty(Connection.connecting("", "")), Platform::runLater);
        robot.interact(() -> RunDialog.open(runner, new PortCheck(slow, probes, Platform::runLater), () -> owner,
                "app:1", intent -> { }));
        WaitForAsyncUtils.waitForFxEvents();
        try (FxPulseWatch watch = FxPulseWatch.start(100)) {
            robot.clickOn("#run-ports").write("127.0.0.1:8080:80");
            Label problem = robot.lookup("#problem-ports").queryAs(Label.class);
            assertTrue(problem.getText().contains("checking"), "while asking: '" + problem.getText() + "'");
            assertTrue(robot.lookup("#run-button").queryAs(Button.class).isDisabled(), "no run while checking");
            Await.until(Duration.ofSeconds(10), () -> problem.getText().contains("in use"),
                    () -> "the answer never landed: '" + problem.getText() + "'");
            assertTrue(robot.lookup("#run-button").queryAs(Button.class).isDisabled());
            assertEquals(List.of(), watch.waits(), "typing waited for the probe; " + watch.summary());
            assertTrue(asked.size() <= 3, "typing is asked about once it pauses, not per key: " + asked);

            robot.interact(() -> robot.lookup("#run-ports").queryAs(TextArea.class).setText("127.0.0.1:8081:80"));
            Await.until(Duration.ofSeconds(10), () -> !robot.lookup("#run-button").queryAs(Button.class).isDisabled(),
                    () -> "a free port never let Run go: '" + problem.getText() + "'");
            assertFalse(problem.getText().contains("checking"));
            System.out.println("run dialog: " + watch.summary());
        }
    }

    private static EngineCommands noEngine() {
        return (EngineCommands) Proxy.newProxyInstance(EngineCommands.class.getClassLoader(),
                new Class<?>[] {EngineCommands.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
