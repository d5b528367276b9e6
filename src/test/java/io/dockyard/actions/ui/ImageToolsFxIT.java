package io.dockyard.actions.ui;

import io.dockyard.journal.JournalEntry;
import io.dockyard.testing.Await;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pull, build and prune through their windows, against the real engine (which reaches no registry). */
@Timeout(300)
class ImageToolsFxIT {
    private static FxEngineFixture fx;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void engine() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        fx = new FxEngineFixture(false);
        org.testfx.api.FxToolkit.setupStage(stage -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            stage.setScene(new Scene(fx.createView(), 1000, 760));
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

    @Test
    void aPullWithoutRegistrySaysSoInTheDialogAndTheJournal() {
        robot.interact(() -> fx.menus.images().pull(""));
        robot.interact(() -> robot.lookup("#pull-reference").queryAs(TextField.class).setText("Busybox"));
        Label status = robot.lookup("#pull-status").queryAs(Label.class);
        assertTrue(status.getText().contains("lowercase"), status.getText());
        robot.interact(() -> robot.lookup("#pull-reference").queryAs(TextField.class).setText("busybox:1.36"));
        assertEquals("$ docker pull busybox:1.36", status.getText());
        robot.clickOn("#pull-button");
        Await.until(Duration.ofSeconds(60), () -> status.getText().startsWith("No registry could be reached"),
                status::getText);
        JournalEntry entry = fx.journal.entries().get(fx.journal.entries().size() - 1);
        assertEquals("docker pull busybox:1.36", entry.cliLine());
        assertEquals(JournalEntry.Status.FAILED, entry.status());
        robot.interact(() -> robot.lookup("#pull-button").query().getScene().getWindow().hide());
    }

    @Test
    void aDroppedFolderBuildsWithStreamedStepsAndTheBlueprintArrives() throws Exception {
        Path dir = Files.createTempDirectory("dockyard-drop");
        Path folder = Files.createDirectory(dir.resolve("droptest" + fx.f.engine.runId()));
        Files.writeString(folder.resolve("Dockerfile"), "FROM dockyard-test/base:1\nLABEL " + fx.f.engine.label()
                + "\nRUN echo built > /built\n");
        robot.interact(() -> fx.menus.images().build(folder));
        TextField tag = robot.lookup("#build-tag").queryAs(TextField.class);
        assertEquals("droptest" + fx.f.engine.runId() + ":latest", tag.getText());
        robot.clickOn("#build-button");
        Label status = robot.lookup("#build-status").queryAs(Label.class);
        Await.until(Duration.ofSeconds(120), () -> status.getText().startsWith("✓ built"), status::getText);
        ListView<?> output = robot.lookup("#build-output").queryAs(ListView.class);
        assertTrue(output.getItems().stream().anyMatch(l -> l.toString().startsWith("Step 3/3 : RUN echo built")),
                output.getItems().toString());
        String id = fx.f.inspect("{{.Id}}", tag.getText());
        Await.until(Duration.ofSeconds(30), () -> fx.store.current().image(id).isPresent(), () -> "not in the model");
        robot.interact(() -> tag.getScene().getWindow().hide());
    }

    @Test
    void tagThroughItsPromptAndHistoryAsTheCliShowsIt() {
        String tag = "dockyard-test/tagme-" + fx.f.engine.runId() + ":1";
        String id = fx.f.engine.build(tag, "ENV A=1");
        Await.until(Duration.ofSeconds(30), () -> fx.store.current().image(id).isPresent(), () -> "image unseen");
        robot.interact(() -> fx.menus.images().tag(fx.store.current().image(id).orElseThrow()));
        String target = "dockyard-test/tagme-" + fx.f.engine.runId() + ":second";
        robot.interact(() -> robot.lookup("#prompt-field").queryAs(TextField.class).setText("Not Valid"));
        assertTrue(robot.lookup("Tag").queryButton().isDisabled(), "an invalid name cannot be submitted");
        robot.interact(() -> robot.lookup("#prompt-field").queryAs(TextField.class).setText(target));
        robot.clickOn("Tag");
        Await.until(Duration.ofSeconds(60), () -> fx.f.engine.tryDocker("image", "inspect", target).exitCode() == 0,
                () -> "no tag " + target);
        assertEquals(id, fx.f.inspect("{{.Id}}", target));

        io.dockyard.model.ImageBlueprint blueprint = fx.store.current().image(id).orElseThrow();
        robot.interact(() -> fx.menus.images().history(blueprint));
        javafx.scene.control.TableView<?> history = robot.lookup("#history").queryAs(javafx.scene.control.TableView.class);
        long cliRows = fx.f.engine.docker("history", "-q", tag).lines().count();
        Await.until(Duration.ofSeconds(30), () -> history.getItems().size() == cliRows,
                () -> history.getItems().size() + " rows, docker history has " + cliRows);
        // the image by the tag Dockyard names it with, which by now may be either of the two
        assertEquals("$ docker history " + ImageActions.ref(blueprint),
                robot.lookup("#history-cli").queryAs(javafx.scene.control.Label.class).getText());
        robot.interact(() -> history.getScene().getWindow().hide());
    }

    @Test
    void pruneListsDanglingImagesAndTheirSizeBeforeAsking() {
        String tag = "dockyard-test/prune-" + fx.f.engine.runId() + ":1";
        String old = fx.f.engine.build(tag, "RUN echo one > /v");
        fx.f.engine.build(tag, "RUN echo two > /v");
        robot.interact(() -> fx.menus.images().pruneDangling());
        ListView<?> list = robot.lookup("#prune-list").queryAs(ListView.class);
        Label total = robot.lookup("#prune-total").queryAs(Label.class);
        Await.until(Duration.ofSeconds(30), () -> total.getText().contains("image(s), up to"), total::getText);
        assertTrue(list.getItems().stream().anyMatch(i -> i.toString().startsWith(old.substring(7, 19))),
                list.getItems().toString());
        // other people's dangling images share this engine: cancel rather than prune them
        robot.clickOn("Cancel");
        assertEquals(0, fx.f.engine.tryDocker("image", "inspect", old).exitCode());
    }
}
