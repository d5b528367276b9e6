package io.dockyard.learn;

import io.dockyard.testing.MutableClock;
import io.dockyard.engine.api.ContainerProbe;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent.ContainerAction;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
@Timeout(30)
class LearnViewTest {
    private static final String BASE = "sha256:base";
    private final MutableClock clock = new MutableClock(Yard.T0);
    private final List<List<String>> performed = new ArrayList<>();
    private final List<Set<String>> highlights = new ArrayList<>();
    private final Yard yard = new Yard().image(BASE, 2_000_000, Map.of(), "t/busybox:1");
    private final LessonProgressStore.InMemory progress = new LessonProgressStore.InMemory();
    private LessonCoach coach;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Sandbox sandbox = new Sandbox("t-", "t/busybox:1", Path.of("/ctx/busybox"), Path.of("/ctx/tidy"), Map.of());
        StepPerformer performer = args -> {
            performed.add(args);
            return CompletableFuture.completedFuture("");
        };
        // probes are never asked again here: the view is under test, and LessonCoachTest covers re-asking
        LessonServices.Later never = (wait, task) -> { };
        coach = new LessonCoach(Lessons.all(sandbox), new LessonServices(new NoProbe(), performer, progress, never),
                Runnable::run, Runnable::run, clock);
        coach.onState(yard.state());
        LearnView view = new LearnView(coach, highlights::add);
        stage.setScene(new Scene(view, 460, 760));
        stage.show();
    }

    @Test
    void stepsTickByThemselvesAndTheYardLightsUp(FxRobot robot) {
        robot.clickOn("#learn-lesson-many");
        assertEquals("One blueprint, many instances", robot.lookup(".learn-title").queryAs(Label.class).getText());
        assertTrue(is(robot.lookup("#learn-step-0").query(), "current"));
        assertTrue(robot.lookup(".learn-cli").queryAllAs(Label.class).stream()
                .anyMatch(f -> f.getText().equals("docker run -d --name t-web-1 -p 80 --label dockyard.lesson=many t/busybox:1")));
        assertEquals(Set.of(BASE), last(highlights));

        yard.container("c1", "t-web-1", BASE, ContainerState.RUNNING, 101, 32768, Map.of(), 0);
        robot.interact(() -> {
            coach.onState(yard.state());
            coach.onEvents(List.of(Yard.event(ContainerAction.CREATE, yard.get("c1"))));
        });
        assertTrue(is(robot.lookup("#learn-step-0").query(), "done"));
        assertTrue(is(robot.lookup("#learn-step-1").query(), "current"));
        assertEquals(Set.of(BASE, "c1"), last(highlights));
        assertEquals(1, progress.load().step(), "progress saved as the step ticks");
    }

    @Test
    void showMeRunsTheStepsCommandsAndHintsComeWithTime(FxRobot robot) {
        robot.clickOn("#learn-lesson-many");
        robot.interact(() -> robot.lookup("#learn-show-me").queryAs(Button.class).fire());
        assertEquals(List.of(List.of("run", "-d", "--name", "t-web-1", "-p", "80", "--label", "dockyard.lesson=many",
                "t/busybox:1")), performed);
        assertTrue(robot.lookup(".learn-hint").queryAll().isEmpty());
        robot.interact(() -> {
            clock.advance(Duration.ofSeconds(31));
            coach.tick();
        });
        assertFalse(robot.lookup(".learn-hint").queryAll().isEmpty());
    }

    @Test
    void resetAsksFirstAndListsWhatGoes(FxRobot robot) {
        robot.clickOn("#learn-lesson-many");
        yard.container("c1", "t-web-1", BASE, ContainerState.RUNNING, 101, 32768,
                Map.of(Sandbox.CONTAINER_LABEL, Lessons.MANY), 0);
        yard.container("mine", "my-own", BASE, ContainerState.RUNNING, 102, 0, Map.of(), 0);
        robot.interact(() -> coach.onState(yard.state()));
        robot.interact(() -> robot.lookup("#learn-reset").queryAs(Button.class).fire());
        List<String> items = robot.lookup(".learn-confirm-item").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertEquals(1, items.size(), items.toString());
        assertTrue(items.get(0).contains("t-web-1"));
        assertTrue(performed.isEmpty(), "nothing removed before the learner agrees");
        // the confirmation may sit below the fold of the scroll pane; press it as a keyboard user would
        robot.interact(() -> robot.lookup("#learn-reset-confirm").queryAs(Button.class).fire());
        assertEquals(List.of(List.of("rm", "-f", "c1")), performed);
    }

    @Test
    void aFinishedLessonShowsItsRecapAndTicksThePath(FxRobot robot) {
        robot.clickOn("#learn-lesson-many");
        yard.container("c1", "t-web-1", BASE, ContainerState.RUNNING, 101, 32768, Map.of(), 0)
                .container("c2", "t-web-2", BASE, ContainerState.RUNNING, 102, 32769, Map.of(), 0);
        robot.interact(() -> coach.onState(yard.state()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#learn-recap").query().isVisible());
        assertTrue(robot.lookup(".learn-recap-title").queryAs(Label.class).getText().contains("How many"));
        assertTrue(robot.lookup("#learn-show-me").queryAs(Button.class).isDisabled());
        assertTrue(is(robot.lookup("#learn-lesson-many").query(), "done"));
        assertTrue(progress.load().completed().contains(Lessons.MANY));
    }

    private static boolean is(Node node, String pseudoClass) {
        return node.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    /** The view tests need no probe answers. */
    private static final class NoProbe implements ContainerProbe {
        @Override
        public List<String> diff(String container) {
            return List.of();
        }

        @Override
        public List<String> top(String container) {
            return List.of();
        }

        @Override
        public boolean fileExists(String container, String path) {
            return false;
        }
    }
}
