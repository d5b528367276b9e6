package io.dockyard.learn;

import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent.ContainerAction;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResetPlanTest {
    private final Sandbox sandbox = new Sandbox("t-", "lessons/busybox:1", Path.of("/c"), Path.of("/t"), Map.of());
    private final Lesson mutable = Lessons.byId(Lessons.all(sandbox), Lessons.MUTABLE).orElseThrow();

    @Test
    void removesLabelledAndTrackedObjectsOnly() {
        Map<String, String> lessonLabel = Map.of(Sandbox.CONTAINER_LABEL, Lessons.MUTABLE);
        Yard yard = new Yard().image("sha256:base", 10, Map.of(), "lessons/busybox:1")
                .container("a", "t-note-a", "sha256:base", ContainerState.RUNNING, 10, 0, lessonLabel, 0)
                .container("mine", "my-own", "sha256:base", ContainerState.RUNNING, 11, 0, Map.of(), 0);
        LessonRunner runner = new LessonRunner(mutable, yard.state(), Clock.systemUTC());
        // b made in a terminal without the label: tracked from its create event
        yard.running("b", "t-note-b", "sha256:base");
        runner.onState(yard.state(), List.of(Yard.event(ContainerAction.CREATE, yard.get("b"))));
        // the committed image carries the lesson's image label; the learner added a tag of their own
        yard.image("sha256:saved", 20, Map.of(Sandbox.IMAGE_LABEL, Lessons.MUTABLE), "t-note:1", "keep:me");
        runner.onState(yard.state(), List.of());

        ResetPlan plan = ResetPlan.of(mutable, runner.context(), runner.state());
        List<List<String>> commands = plan.removals().stream().map(r -> r.command().args()).toList();
        // containers first; the learner's own container and the learner's own tag stay
        assertEquals(List.of("rm", "-f"), commands.get(0).subList(0, 2));
        assertEquals(Set.of(List.of("rm", "-f", "a"), List.of("rm", "-f", "b"), List.of("rmi", "t-note:1")),
                Set.copyOf(commands));
        assertEquals(3, commands.size(), plan.descriptions().toString());
        assertEquals(List.of("rmi", "t-note:1"), commands.get(2));
        assertTrue(plan.descriptions().get(2).contains("t-note:1"));
    }

    @Test
    void anUntaggedLessonImageGoesById() {
        Yard yard = new Yard().image("sha256:old", 10, Map.of(Sandbox.IMAGE_LABEL, Lessons.MUTABLE));
        LessonRunner runner = new LessonRunner(mutable, yard.state(), Clock.systemUTC());
        ResetPlan plan = ResetPlan.of(mutable, runner.context(), runner.state());
        assertEquals(List.of(List.of("rmi", "sha256:old")), plan.removals().stream().map(r -> r.command().args()).toList());
    }

    @Test
    void intermediateImagesOfALessonBuildAreLeftToGoWithTheirChild() {
        Map<String, String> label = Map.of(Sandbox.IMAGE_LABEL, Lessons.MUTABLE);
        Yard yard = new Yard().image("sha256:step", 10, label).child("sha256:final", "sha256:step", label, "t-note:1");
        LessonRunner runner = new LessonRunner(mutable, yard.state(), Clock.systemUTC());
        ResetPlan plan = ResetPlan.of(mutable, runner.context(), runner.state());
        assertEquals(List.of(List.of("rmi", "t-note:1")), plan.removals().stream().map(r -> r.command().args()).toList());
    }

    @Test
    void aScopedSandboxLeavesAnotherRunsLessonObjectsAlone() {
        Sandbox scoped = new Sandbox("t-", "lessons/busybox:1", Path.of("/c"), Path.of("/t"), Map.of("dockyard.test", "run1"));
        Lesson many = Lessons.byId(Lessons.all(scoped), Lessons.MANY).orElseThrow();
        Yard yard = new Yard().image("sha256:base", 10, Map.of(), "lessons/busybox:1")
                .container("ours", "t-web-1", "sha256:base", ContainerState.RUNNING, 10, 0,
                        Map.of(Sandbox.CONTAINER_LABEL, Lessons.MANY, "dockyard.test", "run1"), 0)
                .container("theirs", "x-web-1", "sha256:base", ContainerState.RUNNING, 11, 0,
                        Map.of(Sandbox.CONTAINER_LABEL, Lessons.MANY, "dockyard.test", "run0"), 0);
        LessonRunner runner = new LessonRunner(many, yard.state(), Clock.systemUTC());
        ResetPlan plan = ResetPlan.of(many, runner.context(), runner.state());
        assertEquals(List.of(List.of("rm", "-f", "ours")), plan.removals().stream().map(r -> r.command().args()).toList());
    }
}
