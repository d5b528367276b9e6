package io.dockyard.learn;

import io.dockyard.intent.CliIntents;
import io.dockyard.intent.CreateService;
import io.dockyard.intent.InitSwarm;
import io.dockyard.intent.Intent;
import io.dockyard.intent.Parsed;
import io.dockyard.intent.ScaleService;
import io.dockyard.intent.TagImage;
import io.dockyard.intent.UpdateServiceImage;
import io.dockyard.model.Catalogs;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineObject;
import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.testing.MutableClock;
import io.dockyard.testing.SwarmFixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "One image, many replicas", walked step by step on hand-made swarm states: each step passes only when done. */
class SwarmLessonsTest {
    private static final String BASE = "sha256:base";
    private final Sandbox sandbox = new Sandbox("t-", "lessons/busybox:1", Path.of("/ctx/busybox"),
            Path.of("/ctx/tidy"), Map.of("dockyard.test", "x"));
    private final Lesson lesson = Lessons.byId(Lessons.withSwarm(sandbox), Lessons.REPLICAS).orElseThrow();
    private final MutableClock clock = new MutableClock(Yard.T0);
    private final Yard yard = new Yard().image(BASE, 2_000_000, Map.of(), "lessons/busybox:1");
    private final SwarmNode manager = SwarmFixtures.manager("m");
    private final List<EngineObject> swarm = new ArrayList<>();
    private int taskCount;

    private EngineState state() {
        Catalogs.Builder b = yard.state().objects().toBuilder();
        swarm.forEach(b::put);
        return yard.state().withObjects(b.build());
    }

    private SwarmService service(long replicas, String image) {
        SwarmService s = new SwarmService(SwarmFixtures.swarmId("t-replicas"), "t-replicas", image + "@sha256:d1",
                SwarmService.Mode.REPLICATED, replicas, "", "", Map.of(Sandbox.CONTAINER_LABEL, Lessons.REPLICAS,
                "dockyard.test", "x"), Yard.T0, Yard.T0);
        swarm.removeIf(o -> o.id().equals(s.id()));
        swarm.add(s);
        return s;
    }

    private SwarmTask task(SwarmService s, int slot, SwarmTask.State desired, SwarmTask.State now, String image) {
        SwarmTask t = new SwarmTask(SwarmFixtures.swarmId("task" + taskCount++), s.id(), slot, manager.id(), desired,
                now, "", "", image + "@sha256:d1", Yard.T0.plusSeconds(taskCount));
        swarm.add(t);
        return t;
    }

    private void running(SwarmService s, int fromSlot, int toSlot, String image) {
        for (int slot = fromSlot; slot <= toSlot; slot++) {
            task(s, slot, SwarmTask.State.RUNNING, SwarmTask.State.RUNNING, image);
        }
    }

    @Test
    void threeReplicasScaledToFiveThenReplacedByTasksOfTheNewImage() {
        LessonRunner runner = new LessonRunner(lesson, state(), clock);
        runner.onState(state(), List.of());
        assertEquals(0, runner.stepIndex(), "an engine that is no swarm manager has not passed the first step");
        swarm.add(manager);
        runner.onState(state(), List.of());
        assertEquals(1, runner.stepIndex());

        SwarmService three = service(3, "lessons/busybox:1");
        running(three, 1, 2, "lessons/busybox:1");
        SwarmTask third = task(three, 3, SwarmTask.State.RUNNING, SwarmTask.State.PREPARING, "lessons/busybox:1");
        runner.onState(state(), List.of());
        assertEquals(1, runner.stepIndex(), "two running and one preparing are not three replicas");
        swarm.remove(third);
        running(three, 3, 3, "lessons/busybox:1");
        runner.onState(state(), List.of());
        assertEquals(2, runner.stepIndex());

        SwarmService five = service(5, "lessons/busybox:1");
        runner.onState(state(), List.of());
        assertEquals(2, runner.stepIndex(), "asked for five, three running: not yet");
        running(five, 4, 5, "lessons/busybox:1");
        runner.onState(state(), List.of());
        assertEquals(3, runner.stepIndex());

        // the update: the service names the new image; slots 1-4 replaced, slot 5 still runs the old one
        List<EngineObject> before = List.copyOf(swarm);
        SwarmService updated = service(5, "t-replica:2");
        swarm.clear();
        swarm.add(manager);
        swarm.add(updated);
        before.stream().filter(o -> o instanceof SwarmTask).map(SwarmTask.class::cast)
                .forEach(t -> swarm.add(t.slot() == 5 ? t : SwarmFixtures.shutDown(t, Yard.T0.plusSeconds(100))));
        running(updated, 1, 4, "t-replica:2");
        runner.onState(state(), List.of());
        assertFalse(runner.finished(), "a task of the old image still runs");
        SwarmTask oldFive = (SwarmTask) swarm.stream().filter(o -> o instanceof SwarmTask t && t.slot() == 5)
                .findFirst().orElseThrow();
        swarm.remove(oldFive);
        swarm.add(SwarmFixtures.shutDown(oldFive, Yard.T0.plusSeconds(120)));
        running(updated, 5, 5, "t-replica:2");
        runner.onState(state(), List.of());
        assertTrue(runner.finished());
    }

    @Test
    void aServiceMadeAfreshWithTheNewImageHasReplacedNothing() {
        swarm.add(manager);
        SwarmService s = service(5, "t-replica:2");
        running(s, 1, 5, "t-replica:2");
        CheckInput in = new LessonRunner(lesson, state(), clock).input();
        assertTrue(SwarmLessons.runs("t-replicas", 5, "t-replica:2").test(in));
        assertFalse(SwarmLessons.replaced("t-replicas", "lessons/busybox:1").test(in),
                "no task of the old image was shut down: the update did not happen");
    }

    @Test
    void theWrongNumberOfReplicasGetsAHint() {
        swarm.add(manager);
        LessonRunner runner = new LessonRunner(lesson, state(), clock);
        SwarmService four = service(4, "lessons/busybox:1");
        running(four, 1, 4, "lessons/busybox:1");
        runner.onState(state(), List.of());
        assertEquals(1, runner.stepIndex());
        assertTrue(runner.visibleHints().stream().anyMatch(h -> h.text().contains("docker service scale t-replicas=3")),
                String.valueOf(runner.visibleHints()));
    }

    @Test
    void itsCommandsAreTheDockerCliLinesOfEachStepAndItTiesToHowMany() {
        List<String> lines = lesson.steps().stream().flatMap(s -> s.showMe().stream()).map(Command::cliLine).toList();
        assertEquals(List.of("docker swarm init",
                "docker service create --name t-replicas --label dockyard.lesson=replicas --label dockyard.test=x"
                        + " --container-label dockyard.lesson=replicas --container-label dockyard.test=x --replicas 3"
                        + " lessons/busybox:1",
                "docker service scale t-replicas=5",
                "docker tag lessons/busybox:1 t-replica:2",
                "docker service update --image t-replica:2 t-replicas"), lines);
        assertEquals(ComparisonRow.HOW_MANY, lesson.recap().row());
        assertTrue(lesson.requirement().missing().contains("docker build"));
        assertFalse(Lessons.all(sandbox).stream().anyMatch(l -> l.id().equals(Lessons.REPLICAS)),
                "the engine-walked path does not make the shared engine a swarm");
    }

    /** "Show me" reads each command into an intent; the first two were refused before there were swarm intents. */
    @Test
    void showMeMakesTheSwarmAndTheServiceWithTheLessonsLabelsOnItsContainers() {
        List<Intent> intents = lesson.steps().stream().flatMap(s -> s.showMe().stream()).map(c -> {
            Parsed<Intent> parsed = CliIntents.parse(c.args());
            assertTrue(parsed.isOk(), () -> c.cliLine() + ": " + parsed.problem());
            return parsed.value();
        }).toList();
        Map<String, String> labels = Map.of(Sandbox.CONTAINER_LABEL, Lessons.REPLICAS, "dockyard.test", "x");
        assertEquals(List.of(InitSwarm.plain(), new CreateService("t-replicas", "lessons/busybox:1", labels, labels,
                        SwarmLessons.FIRST, List.of()), new ScaleService("t-replicas", SwarmLessons.SCALED),
                new TagImage("lessons/busybox:1", "t-replica:2"), new UpdateServiceImage("t-replicas", "t-replica:2")),
                intents);
    }

    @Test
    void resetRemovesTheServiceAndLeavesItsContainersToTheSwarm() {
        swarm.add(manager);
        SwarmService s = service(3, "lessons/busybox:1");
        yard.container("c1", "t-replicas.1.abc", BASE, ContainerState.RUNNING, 10, 0, Map.of(Sandbox.CONTAINER_LABEL,
                Lessons.REPLICAS, "dockyard.test", "x", ResetPlan.SWARM_SERVICE_LABEL, s.id()), 0);
        LessonRunner runner = new LessonRunner(lesson, state(), clock);
        ResetPlan plan = ResetPlan.of(lesson, runner.context(), runner.state());
        assertEquals(List.of(List.of("service", "rm", "t-replicas")),
                plan.removals().stream().map(r -> r.command().args()).toList(), plan.descriptions().toString());
    }
}
