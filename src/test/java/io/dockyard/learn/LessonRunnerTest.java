package io.dockyard.learn;

import io.dockyard.testing.MutableClock;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineState;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonRunnerTest {
    private static final String BASE = "sha256:base";
    private final Sandbox sandbox = new Sandbox("t-", "lessons/busybox:1", Path.of("/ctx/busybox"),
            Path.of("/ctx/tidy"), Map.of());
    private final List<Lesson> lessons = Lessons.all(sandbox);
    private final MutableClock clock = new MutableClock(Yard.T0);

    private Yard yardWithBase() {
        return new Yard().image(BASE, 2_000_000, Map.of(), "lessons/busybox:1");
    }

    private Lesson lesson(String id) {
        return Lessons.byId(lessons, id).orElseThrow();
    }

    @Test
    void manyAdvancesStepByStepAndNeverEarly() {
        Yard yard = yardWithBase();
        LessonRunner runner = new LessonRunner(lesson(Lessons.MANY), yard.state(), clock);
        assertEquals(0, runner.stepIndex());
        assertFalse(runner.currentCheckPasses());

        yard.container("c1", "t-web-1", BASE, ContainerState.RUNNING, 101, 32768, Map.of(), 0);
        assertTrue(runner.onState(yard.state(), List.of(Yard.event(ContainerAction.CREATE, yard.get("c1")))));
        assertEquals(1, runner.stepIndex());
        assertFalse(runner.currentCheckPasses(), "second step must not pass on the first container alone");
        assertEquals(Set.of(BASE, "c1"), runner.highlightIds());

        yard.container("c2", "t-web-2", BASE, ContainerState.RUNNING, 102, 32769, Map.of(), 0);
        runner.onState(yard.state(), List.of(Yard.event(ContainerAction.CREATE, yard.get("c2"))));
        assertTrue(runner.finished());
        assertEquals(Set.of("c1", "c2"), runner.context().trackedContainers());
    }

    @Test
    void twoContainersWithoutOwnPortsDoNotPassAndTheMistakeHintShows() {
        Yard yard = yardWithBase().container("c1", "t-web-1", BASE, ContainerState.RUNNING, 101, 32768, Map.of(), 0);
        LessonRunner runner = new LessonRunner(lesson(Lessons.MANY), yard.state(), clock);
        assertEquals(1, runner.stepIndex(), "a state where step one is done moves on at once");
        yard.container("c2", "t-web-2", BASE, ContainerState.RUNNING, 102, 0, Map.of(), 0);
        runner.onState(yard.state(), List.of());
        assertEquals(1, runner.stepIndex());
        assertTrue(runner.visibleHints().stream().anyMatch(h -> h.text().contains("-p 80")));
    }

    @Test
    void timedHintsWaitTheirTurn() {
        Yard yard = yardWithBase();
        LessonRunner runner = new LessonRunner(lesson(Lessons.MANY), yard.state(), clock);
        assertTrue(runner.visibleHints().isEmpty());
        clock.advance(Duration.ofSeconds(31));
        assertEquals(1, runner.visibleHints().size());
    }

    @Test
    void probeAnswersFromBeforeTheStepAreNotTrusted() {
        Yard yard = yardWithBase().running("a", "t-note-a", BASE).running("b", "t-note-b", BASE);
        LessonRunner runner = new LessonRunner(lesson(Lessons.MUTABLE), yard.state(), clock);
        assertEquals(1, runner.stepIndex());
        assertEquals(Set.of(ProbeRequest.diff("t-note-a"), ProbeRequest.file("t-note-b", "/note.txt")),
                runner.probesWanted());
        ProbeFacts stale = new ProbeFacts(Map.of(ProbeRequest.diff("t-note-a"), ProbeAnswer.lines(List.of("A /note.txt")),
                ProbeRequest.file("t-note-b", "/note.txt"), ProbeAnswer.yesNo(false)), 0);
        runner.onProbes(stale);
        assertEquals(1, runner.stepIndex(), "answers older than the step are ignored");

        ProbeFacts before = new ProbeFacts(Map.of(ProbeRequest.diff("t-note-a"), ProbeAnswer.lines(List.of("C /tmp")),
                ProbeRequest.file("t-note-b", "/note.txt"), ProbeAnswer.yesNo(false)), runner.state().revision());
        runner.onProbes(before);
        assertEquals(1, runner.stepIndex());

        ProbeFacts wrongOne = new ProbeFacts(Map.of(ProbeRequest.diff("t-note-a"), ProbeAnswer.lines(List.of()),
                ProbeRequest.file("t-note-b", "/note.txt"), ProbeAnswer.yesNo(true)), runner.state().revision());
        runner.onProbes(wrongOne);
        assertTrue(runner.visibleHints().stream().anyMatch(h -> h.text().contains("landed in t-note-b")));

        ProbeFacts done = new ProbeFacts(Map.of(ProbeRequest.diff("t-note-a"), ProbeAnswer.lines(List.of("A /note.txt")),
                ProbeRequest.file("t-note-b", "/note.txt"), ProbeAnswer.yesNo(false)), runner.state().revision());
        assertTrue(runner.onProbes(done));
        assertEquals(2, runner.stepIndex());
        assertTrue(runner.input().facts().answers().isEmpty(), "answers belong to the step that asked");
    }

    @Test
    void restartCheckWantsTheSameContainerAndAStartEvent() {
        Yard yard = yardWithBase().running("s", "t-still", BASE);
        LessonRunner runner = new LessonRunner(lesson(Lessons.STATIC), yard.state(), clock);
        yard.container("s", "t-still", BASE, ContainerState.EXITED, 0, 0, Map.of(), 0);
        runner.onState(yard.state(), List.of(Yard.event(ContainerAction.DIE, yard.get("s"))));
        assertEquals(2, runner.stepIndex());

        // a new container under the same name is not a restart
        yard.remove("s").running("s2", "t-still", BASE);
        runner.onState(yard.state(), List.of(Yard.event(ContainerAction.START, yard.get("s2"))));
        assertEquals(2, runner.stepIndex());
        assertFalse(runner.visibleHints().isEmpty());
    }

    @Test
    void storageNeedsTheLayerToGrowWhileTheImageStaysTheSame() {
        Yard yard = yardWithBase().container("l", "t-layer", BASE, ContainerState.RUNNING, 101, 0, Map.of(), 120);
        LessonRunner runner = new LessonRunner(lesson(Lessons.STORAGE), yard.state(), clock);
        assertEquals(1, runner.stepIndex());
        yard.container("l", "t-layer", BASE, ContainerState.RUNNING, 101, 0, Map.of(), 120 + 4_000_000);
        runner.onState(yard.state(), List.of());
        assertEquals(1, runner.stepIndex(), "4 MB is not the 8 MB asked for");
        yard.container("l", "t-layer", BASE, ContainerState.RUNNING, 101, 0, Map.of(), 120 + 8_388_608);
        runner.onState(yard.state(), List.of());
        assertEquals(2, runner.stepIndex());
    }

    @Test
    void resumedLessonStartsAtTheSavedStep() {
        Yard yard = yardWithBase();
        LessonRunner runner = new LessonRunner(lesson(Lessons.STATIC), yard.state(), clock, 2);
        assertEquals(2, runner.stepIndex());
        assertFalse(runner.finished());
        EngineState s = yard.state();
        assertFalse(new LessonRunner(lesson(Lessons.STATIC), s, clock, 3).currentCheckPasses());
        assertTrue(new LessonRunner(lesson(Lessons.STATIC), s, clock, 3).finished());
    }

    @Test
    void imageEventsLeftOverFromTheBuildDoNotPassTheTagStep() {
        // the learner built the image and the copy tag before; the build is repeated from cache
        Yard yard = yardWithBase().image(BASE, 2_000_000, Map.of(), "lessons/busybox:1", "t-blueprint:copy");
        LessonRunner runner = new LessonRunner(lesson(Lessons.IMAGE), yard.state(), clock);
        EngineState s = yard.state();
        io.dockyard.model.EngineEvent tagged = new io.dockyard.model.EngineEvent.ImageChanged(
                io.dockyard.model.EngineEvent.ImageAction.TAG, BASE, Yard.T0, 1, List.copyOf(s.images().values()));
        runner.onState(s, List.of(tagged));
        assertEquals(1, runner.stepIndex(), "a rebuild that keeps the id still counts as building");
        runner.onState(yard.state(), List.of(tagged));
        assertEquals(1, runner.stepIndex(), "a late event of the build must not pass the tag step");
        assertTrue(runner.visibleHints().stream().anyMatch(h -> h.text().contains("already there")));
    }

    @Test
    void aLessonOpenedBeforeTheFirstListingComparesWithTheListingNotWithNothing() {
        EngineState connecting = EngineState.empty(io.dockyard.model.Connection.connecting("unix:///x", ""));
        LessonRunner runner = new LessonRunner(lesson(Lessons.IMAGE), connecting, clock);
        Yard yard = yardWithBase();
        runner.onState(yard.state(), List.of());
        assertEquals(0, runner.stepIndex(), "an image that was there all along was not built in this step");
    }
}
