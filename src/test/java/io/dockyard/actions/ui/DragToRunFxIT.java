package io.dockyard.actions.ui;

import io.dockyard.journal.JournalEntry;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.testing.Await;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Like a person: drag a blueprint onto the yard, use the menus, and see what the engine did. */
@Timeout(300)
class DragToRunFxIT {
    private final FxRobot robot = new FxRobot();
    private static FxEngineFixture fx;
    private static String imageId;
    private static String imageTag;

    @BeforeAll
    static void engine() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        fx = new FxEngineFixture(true);
        imageTag = "dockyard-test/drag-" + fx.f.engine.runId() + ":1";
        imageId = fx.f.engine.build(imageTag, "CMD [\"sleep\", \"300\"]", "STOPSIGNAL SIGKILL");
        Await.until(Duration.ofSeconds(60), () -> fx.store.current().image(imageId).isPresent(), () -> "image not seen");
        org.testfx.api.FxToolkit.setupStage(stage -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            stage.setScene(new Scene(fx.createView(), 1000, 760));
            fx.menus.installOn(fx.yard, fx.store::current, fx.dragToRun, fx::targetAt);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Await.until(Duration.ofSeconds(30), () -> new FxRobot().lookup(blueprint()).tryQuery().isPresent(),
                () -> "the yard draws no blueprint for the test image");
    }

    private static String blueprint() {
        return "#image-" + imageId.substring(7, 19);
    }

    /** Fits the yard into view, then finds a spot on the yard that no node, minimap or control covers. */
    private Point2D emptySpot() {
        robot.interact(() -> ((io.dockyard.yard.YardView) fx.yard).fitToView());
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.geometry.Bounds> taken = new java.util.ArrayList<>();
        for (String q : List.of(".blueprint", ".instance", ".ghost", ".minimap", ".zoom-bar", ".text-field", ".button",
                ".label")) {
            robot.lookup(q).queryAll().stream().filter(Node::isVisible).forEach(n -> taken.add(n.localToScreen(n.getBoundsInLocal())));
        }
        javafx.geometry.Bounds yard = fx.yard.localToScreen(fx.yard.getBoundsInLocal());
        for (double y = yard.getMinY() + 80; y < yard.getMaxY() - 20; y += 20) {
            for (double x = yard.getMinX() + 20; x < yard.getMaxX() - 20; x += 20) {
                double px = x;
                double py = y;
                if (taken.stream().noneMatch(b -> b != null && b.getMinX() - 10 < px && px < b.getMaxX() + 10
                        && b.getMinY() - 10 < py && py < b.getMaxY() + 10)) {
                    return new Point2D(px, py);
                }
            }
        }
        throw new AssertionError("no empty spot on the yard");
    }

    @AfterAll
    static void close() {
        if (fx != null) {
            fx.close();
        }
    }


    /** The feed's lines, read on the FX thread. */
    private List<String> feedLines() {
        List<List<String>> copy = new java.util.ArrayList<>();
        robot.interact(() -> copy.add(List.copyOf(fx.journalView.eventLines())));
        return copy.get(0);
    }

    private List<ContainerInstance> containersOfImage() {
        return fx.store.current().containersOf(imageId);
    }

    private String ps() {
        return fx.f.engine.docker("ps", "--no-trunc", "--filter", "ancestor=" + imageId, "--format", "{{.ID}} {{.Image}}");
    }

    @Test
    void draggingABlueprintOntoTheYardRunsIt() {
        int before = containersOfImage().size();
        Point2D empty = emptySpot();
        robot.drag(blueprint()).dropTo(empty);

        Await.until(Duration.ofSeconds(60), () -> containersOfImage().size() == before + 1,
                () -> "no new container in the model; journal: " + fx.journal.entries());
        ContainerInstance made = containersOfImage().get(containersOfImage().size() - 1);
        Await.until(Duration.ofSeconds(60), () -> ps().contains(made.id()), () -> "not in docker ps: " + ps());
        assertTrue(ps().contains(made.id() + " " + imageTag), ps());

        JournalEntry entry = fx.journal.entries().get(fx.journal.entries().size() - 1);
        assertEquals("docker run -d " + imageTag, entry.cliLine());
        Await.until(Duration.ofSeconds(60), () -> entry.status() == JournalEntry.Status.SUCCEEDED, entry::toString);
        assertEquals(made.shortId(), entry.outcome());
        Await.until(Duration.ofSeconds(60), () -> robot.lookup(".ghost").queryAll().isEmpty(),
                () -> "the ghost stayed after the container arrived");
        // the feed reads events in bursts and may fold create and start of one container into one line
        Await.until(Duration.ofSeconds(30), () -> feedLines().stream()
                        .anyMatch(l -> l.matches(".* container (create|start) " + made.name() + "( .*)?")),
                () -> "the feed never named " + made.name() + ": " + feedLines());
    }

    @Test
    void shiftDragOpensRunWithOptionsWhichChecksAsYouType() {
        Point2D empty = emptySpot();
        robot.press(KeyCode.SHIFT);
        robot.drag(blueprint()).dropTo(empty);
        robot.release(KeyCode.SHIFT);
        Await.until(Duration.ofSeconds(60), () -> robot.lookup("#run-name").tryQuery().isPresent(),
                () -> "the options dialog did not open");
        String name = "opt-" + fx.f.engine.runId();
        WaitForAsyncUtils.waitForFxEvents();
        TextField nameField = robot.lookup("#run-name").queryAs(TextField.class);
        robot.clickOn(nameField).write("bad name");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#problem-name").queryAs(Label.class);
        assertTrue(problem.getText().contains("a space"), "field '" + nameField.getText() + "' problem '"
                + problem.getText() + "'");
        assertTrue(robot.lookup("#run-button").queryAs(Button.class).isDisabled());

        robot.interact(() -> robot.lookup("#run-name").queryAs(TextField.class).setText(name));
        robot.clickOn("#run-env").write("GREETING=hello there");
        assertEquals("", problem.getText());
        assertTrue(robot.lookup("#run-preview").queryAs(Label.class).getText()
                .contains("--name " + name + " -e 'GREETING=hello there' " + imageTag));
        robot.clickOn("#run-button");

        Await.until(Duration.ofSeconds(60), () -> fx.f.engine.tryDocker("inspect", name).exitCode() == 0,
                () -> "no container " + name + "; journal " + fx.journal.entries());
        assertTrue(fx.f.inspect("{{json .Config.Env}}", name).contains("GREETING=hello there"));
    }

    @Test
    void removingAnImageInUseIsRefusedAndItsHoldersAreHighlighted() {
        String holder = fx.f.engine.runDetached("--name", "holder-" + fx.f.engine.runId(), imageId);
        Await.until(Duration.ofSeconds(60), () -> fx.store.current().container(holder).isPresent(), () -> "holder unseen");
        int highlightsBefore = fx.highlights.size();
        robot.interact(() -> ((io.dockyard.yard.YardView) fx.yard).fitToView());
        robot.rightClickOn(blueprint());
        robot.clickOn("Remove…"); // menu items are not nodes: found by their text

        Label refusal = robot.lookup("#remove-image-refusal").queryAs(Label.class);
        assertTrue(refusal.getText().contains("holder-" + fx.f.engine.runId()), refusal.getText());
        Set<String> highlighted = fx.highlights.get(highlightsBefore);
        assertTrue(highlighted.contains(holder), highlighted.toString());
        assertEquals(Set.copyOf(fx.store.current().containersOf(imageId).stream().map(ContainerInstance::id).toList()),
                highlighted);
        robot.lookup(".instance").queryAll().stream().filter(n -> n.getId().equals("container-" + holder.substring(0, 12)))
                .findFirst().ifPresentOrElse(n -> assertTrue(n.getPseudoClassStates().stream()
                        .anyMatch(p -> p.getPseudoClassName().equals("highlighted")), n.getPseudoClassStates().toString()),
                        () -> { throw new AssertionError("the yard draws no instance for the holder"); });
        JournalEntry entry = fx.journal.entries().get(fx.journal.entries().size() - 1);
        assertEquals("docker rmi " + imageTag, entry.cliLine());
        assertEquals(JournalEntry.Status.FAILED, entry.status());
        assertTrue(entry.outcome().contains("in use by"), entry.outcome());

        robot.clickOn("Cancel");
        assertEquals(imageId, fx.f.inspect("{{.Id}}", imageTag), "the image is still there");
        assertEquals(ContainerState.RUNNING, fx.store.current().container(holder).orElseThrow().state());
    }
}
