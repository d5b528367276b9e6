package io.dockyard.actions.ui;

import io.dockyard.model.ContainerInstance;
import io.dockyard.testing.Await;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Duration;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each instance action, taken from the context menu, the keyboard or a dialog, changes the engine as the CLI would. */
@Timeout(300)
class ContainerMenuFxIT {
    private final FxRobot robot = new FxRobot();
    private static FxEngineFixture fx;
    private static String image;
    private static volatile String selected;

    @BeforeAll
    static void engine() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        fx = new FxEngineFixture(false);
        image = "dockyard-test/menu-" + fx.f.engine.runId() + ":1";
        // SIGKILL as stop signal: stop and restart need not wait out the 10 s grace period
        fx.f.engine.build(image, "CMD [\"sh\", \"-c\", \"echo hello-from-log; echo x > /made; exec sleep 300\"]",
                "STOPSIGNAL SIGKILL");
        org.testfx.api.FxToolkit.setupStage(stage -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            stage.setScene(new Scene(fx.createView(), 1000, 760));
            ActionKeys.install(stage.getScene().getRoot(), () -> selected == null ? null
                    : fx.store.current().container(selected).orElse(null), fx.menus.containers());
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() {
        if (fx != null) {
            fx.close();
        }
    }


    private ContainerInstance current(String id) {
        return fx.store.current().container(id).orElseThrow(() -> new AssertionError(id + " not in the model"));
    }

    private void choose(String id, String action) {
        robot.interact(() -> {
            MenuItem item = fx.menus.forContainer(current(id)).getItems().stream()
                    .filter(i -> ("action-" + action).equals(i.getId())).findFirst().orElseThrow();
            assertTrue(!item.isDisable(), action + " is disabled for " + current(id).state());
            item.fire();
        });
    }

    private void expect(String id, String format, String expected) {
        Supplier<String> actual = () -> fx.f.inspect(format, id);
        Await.until(Duration.ofSeconds(60), () -> actual.get().equals(expected), () -> format + " is " + actual.get());
        if (format.startsWith("{{.State.Status}}")) {
            // the menu is built from the model, so wait until the model has caught up with the engine
            String state = expected.split(" ")[0];
            Await.until(Duration.ofSeconds(60), () -> fx.store.current().container(id)
                    .filter(c -> c.state().engineName().equals(state)).isPresent(), () -> "model: " + current(id).state());
        }
    }

    @Test
    void lifecycleFromTheMenuAndKeyboard() {
        String id = fx.f.engine.runDetached(image);
        expect(id, "{{.State.Status}}", "running");
        choose(id, "pause");
        expect(id, "{{.State.Status}}", "paused");
        choose(id, "unpause");
        expect(id, "{{.State.Status}}", "running");
        choose(id, "stop");
        expect(id, "{{.State.Status}}", "exited");
        choose(id, "start");
        expect(id, "{{.State.Status}}", "running");
        String started = fx.f.inspect("{{.State.StartedAt}}", id);
        choose(id, "restart");
        Await.until(Duration.ofSeconds(60), () -> !fx.f.inspect("{{.State.StartedAt}}", id).equals(started),
                () -> "not restarted");
        expect(id, "{{.State.Status}}", "running");
        choose(id, "kill");
        expect(id, "{{.State.Status}} {{.State.ExitCode}}", "exited 137");
        choose(id, "start");
        expect(id, "{{.State.Status}}", "running");
        Await.until(Duration.ofSeconds(60), () -> current(id).state() == io.dockyard.model.ContainerState.RUNNING,
                () -> "model not running");

        selected = id;
        robot.clickOn("#yard", javafx.scene.input.MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        expect(id, "{{.State.Status}}", "paused");
        Await.until(Duration.ofSeconds(60), () -> current(id).state() == io.dockyard.model.ContainerState.PAUSED,
                () -> "model not paused");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        expect(id, "{{.State.Status}}", "running");
        selected = null;

        // the inspector's bar of a running instance carries live sparklines while it is shown
        javafx.scene.Node[] bar = new javafx.scene.Node[1];
        robot.interact(() -> {
            bar[0] = ActionBar.forContainer(current(id), fx.menus);
            fx.yard.getChildren().add(bar[0]);
        });
        StatsView stats = robot.lookup("#inspector-stats").queryAs(StatsView.class);
        Await.until(Duration.ofSeconds(30), () -> stats.samplesShown() >= 2, () -> "samples: " + stats.samplesShown());
        robot.interact(() -> fx.yard.getChildren().remove(bar[0]));
    }

    @Test
    void renameCommitExecLogsChangesAndRemoveThroughTheirDialogs() {
        String id = fx.f.engine.runDetached(image);
        Await.until(Duration.ofSeconds(60), () -> fx.store.current().container(id).isPresent()
                && !fx.f.engine.docker("diff", id).isEmpty(), () -> "not ready");
        String newName = "renamed-" + fx.f.engine.runId();
        choose(id, "rename");
        robot.interact(() -> robot.lookup("#prompt-field").queryAs(TextField.class).setText(newName));
        robot.clickOn("Rename");
        expect(id, "{{.Name}}", "/" + newName);

        String committed = "dockyard-test/committed-" + fx.f.engine.runId() + ":1";
        choose(id, "commit");
        robot.interact(() -> robot.lookup("#prompt-field").queryAs(TextField.class).setText(committed));
        robot.clickOn("Commit");
        Await.until(Duration.ofSeconds(60), () -> fx.f.engine.tryDocker("image", "inspect", committed).exitCode() == 0,
                () -> "no committed image");
        // docker commit pauses the container while it copies the layer: the menu is built from the
        // model, which hears of the unpause a moment after the image exists
        expect(id, "{{.State.Status}}", "running");

        choose(id, "exec");
        robot.interact(() -> robot.lookup("#exec-command").queryAs(TextField.class).setText("cat /made"));
        robot.clickOn("#exec-run");
        TextArea output = robot.lookup("#exec-output").queryAs(TextArea.class);
        Await.until(Duration.ofSeconds(30), () -> output.getText().equals("x\n"), () -> "exec output: " + output.getText());

        choose(id, "logs");
        ListView<?> logs = robot.lookup("#logs").queryAs(ListView.class);
        Await.until(Duration.ofSeconds(30), () -> logs.getItems().stream().anyMatch(l -> l.toString().contains("hello-from-log")),
                () -> "logs: " + logs.getItems());
        // each window shows the docker command line of the query it asked, in the container's name
        assertEquals("$ docker logs --follow " + newName, cliLine("#logs-cli"));
        robot.interact(() -> robot.lookup("#logs-timestamps").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true));
        assertEquals("$ docker logs --follow --timestamps " + newName, cliLine("#logs-cli"));

        choose(id, "diff");
        ListView<?> changes = robot.lookup("#changes").queryAs(ListView.class);
        Await.until(Duration.ofSeconds(30), () -> changes.getItems().stream().anyMatch(c -> c.toString().equals("A /made")),
                () -> "changes: " + changes.getItems());
        assertEquals("$ docker diff " + newName, cliLine("#changes-cli"));

        choose(id, "top");
        javafx.scene.control.TableView<?> processes = robot.lookup("#processes").queryAs(javafx.scene.control.TableView.class);
        Await.until(Duration.ofSeconds(30), () -> processes.getItems().stream().anyMatch(r -> r.toString().contains("sleep 300")),
                () -> "processes: " + processes.getItems());
        assertEquals("$ docker top " + newName, cliLine("#processes-cli"));

        choose(id, "stats");
        StatsView stats = robot.lookup(".stats-view").queryAs(StatsView.class);
        Await.until(Duration.ofSeconds(30), () -> stats.samplesShown() >= 2, () -> "samples: " + stats.samplesShown());
        Label memory = robot.lookup("#stats-memory").queryAs(Label.class);
        assertTrue(memory.getText().matches("Memory [0-9.]+ [kMG]?B / .*"), memory.getText());
        assertEquals("$ docker stats " + newName, cliLine("#stats-cli"));
        robot.interact(() -> stats.getScene().getWindow().hide());

        choose(id, "rm");
        Label layer = robot.lookup("#remove-layer").queryAs(Label.class);
        Await.until(Duration.ofSeconds(30), () -> layer.getText().contains(" B of files"), layer::getText);
        Button remove = robot.lookup("#confirm-button").queryAs(Button.class);
        assertTrue(remove.isDisabled(), "a running container needs the explicit force first");
        robot.clickOn(robot.lookup("#remove-force").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!remove.isDisabled());
        robot.clickOn(remove);
        Await.until(Duration.ofSeconds(60), () -> fx.f.engine.tryDocker("inspect", id).exitCode() != 0, () -> "still there");
        assertEquals("docker rm -f " + newName, fx.journal.entries().get(fx.journal.entries().size() - 1).cliLine());
    }

    private String cliLine(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
