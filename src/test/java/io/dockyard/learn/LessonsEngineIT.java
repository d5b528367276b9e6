package io.dockyard.learn;

import io.dockyard.testing.Await;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every lesson completed against the real engine, once by typing its CLI lines into a shell and
 * once through "show me"; every check seen failing just before its step; resets that remove the
 * lesson's objects and nothing of the learner's.
 */
@Timeout(900)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LessonsEngineIT {
    private static TestEngine engine;
    private static LiveLessons live;

    @BeforeAll
    static void connect() throws Exception {
        engine = TestEngine.require();
        live = new LiveLessons(engine);
    }

    @AfterAll
    static void disconnect() {
        if (live != null) {
            System.out.println("checks seen failing before their step: " + live.failedBefore);
            live.close();
        }
        if (engine != null) {
            engine.cleanup();
        }
    }

    @Test
    @Order(1)
    void everyLessonThroughTheLearnersTerminal() {
        for (Lesson lesson : live.coach.lessons()) {
            live.open(lesson.id());
            for (int i = 0; i < lesson.steps().size(); i++) {
                live.assertNotPassedYet(i);
                for (Command c : lesson.steps().get(i).showMe()) {
                    live.cli.type(c);
                }
                live.awaitPast(i);
            }
            assertTrue(live.finished(), lesson.id());
            assertTrue(live.progress.load().completed().contains(lesson.id()), "progress saved for " + lesson.id());
        }
    }

    @Test
    @Order(2)
    void resetRemovesExactlyTheLessonsObjects() {
        String mine = live.sandbox.name("mine");
        live.open(Lessons.MANY);
        // the learner's own container from the lesson image, made while the lesson is open
        live.cli.type("docker run -d --name " + mine + " --label " + engine.label() + " " + live.sandbox.baseImage());
        Await.until(Duration.ofSeconds(10), () -> live.onUi(() -> Checks.named(live.coach.runner().orElseThrow()
                .state(), mine).isPresent()), () -> "learner's container not seen");
        ResetPlan plan = live.onUi(live.coach::resetPlan);
        assertEquals(Set.of(live.sandbox.name("web-1"), live.sandbox.name("web-2")), plan.descriptions().stream()
                .map(d -> d.split(" ")[1]).collect(Collectors.toSet()), plan.descriptions().toString());
        live.onUi(() -> {
            live.coach.reset(plan);
            return null;
        });
        live.awaitIdle();
        assertEquals("", live.onUi(live.coach::message));
        assertEquals(Set.of(mine), namesOnEngine("web-1", "web-2", "mine"));
        engine.docker("rm", "-f", mine);
        // later lessons build on the first one's image: undo them the other way round
        List<Lesson> backwards = new java.util.ArrayList<>(live.coach.lessons());
        java.util.Collections.reverse(backwards);
        // the learner's own name for the lesson image: the image lesson's reset must leave it
        String myTag = live.sandbox.name("mine:1");
        engine.docker("tag", live.sandbox.baseImage(), myTag);
        String baseId = engine.docker("image", "inspect", "--format", "{{.Id}}", live.sandbox.baseImage());
        for (Lesson lesson : backwards) {
            resetAndCheck(lesson);
        }
        assertEquals(Set.of(), namesOnEngine(""), "every lesson container is gone");
        assertEquals(baseId, engine.docker("image", "inspect", "--format", "{{.Id}}", myTag),
                "the learner's own tag keeps the image");
        engine.docker("rmi", myTag);
    }

    @Test
    @Order(3)
    void everyLessonThroughShowMe() {
        for (Lesson lesson : live.coach.lessons()) {
            live.open(lesson.id());
            assertEquals(0, live.step(), lesson.id() + " starts over after a finish");
            for (int i = 0; i < lesson.steps().size(); i++) {
                live.assertNotPassedYet(i);
                live.onUi(() -> {
                    live.coach.showMe();
                    return null;
                });
                live.awaitPast(i);
                live.awaitIdle();
                assertEquals("", live.onUi(live.coach::message), lesson.id() + " step " + i);
            }
            assertTrue(live.finished(), lesson.id());
        }
        List<String> lines = live.onUi(() -> live.journal.entries().stream()
                .map(e -> e.status() + " " + e.cliLine()).toList());
        for (Lesson lesson : live.coach.lessons()) {
            for (Step step : lesson.steps()) {
                for (Command c : step.showMe()) {
                    assertTrue(lines.contains("SUCCEEDED " + c.cliLine()), "journal lacks " + c.cliLine() + ": " + lines);
                }
            }
        }
    }

    private void resetAndCheck(Lesson lesson) {
        live.open(lesson.id());
        ResetPlan plan = live.onUi(live.coach::resetPlan);
        live.onUi(() -> {
            live.coach.reset(plan);
            return null;
        });
        live.awaitIdle();
        assertEquals("", live.onUi(live.coach::message), lesson.id() + " reset: " + plan.descriptions());
        for (String name : lesson.containerNames()) {
            assertTrue(engine.tryDocker("container", "inspect", name).exitCode() != 0, name + " still there");
        }
        for (String tag : lesson.imageTags()) {
            assertTrue(engine.tryDocker("image", "inspect", tag).exitCode() != 0, tag + " still there");
        }
    }

    private Set<String> namesOnEngine(String... suffixes) {
        String out = engine.docker("ps", "-a", "--format", "{{.Names}}");
        return List.of(out.split("\n")).stream().map(String::trim)
                .filter(n -> n.startsWith(live.sandbox.prefix()))
                .filter(n -> List.of(suffixes).stream().anyMatch(s -> n.equals(live.sandbox.name(s)) || s.isEmpty()))
                .collect(Collectors.toSet());
    }
}
