package io.dockyard.learn;

import io.dockyard.testing.MutableClock;
import io.dockyard.model.EngineEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The volume and network lessons, walked step by step on hand-made states: each step passes only when done. */
class WiringLessonsTest {
    private static final String BASE = "sha256:base";
    private final Sandbox sandbox = new Sandbox("t-", "lessons/busybox:1", Path.of("/ctx/busybox"),
            Path.of("/ctx/tidy"), Map.of());
    private final List<Lesson> lessons = Lessons.all(sandbox);
    private final MutableClock clock = new MutableClock(Yard.T0);
    private final Yard yard = new Yard().image(BASE, 2_000_000, Map.of(), "lessons/busybox:1");

    private LessonRunner open(String id) {
        return new LessonRunner(Lessons.byId(lessons, id).orElseThrow(), yard.state(), clock);
    }

    /** The engine's word that a {@code docker exec} in the container ended with the exit code. */
    private EngineEvent execEnded(String id, int exitCode) {
        return new EngineEvent.ContainerChanged(EngineEvent.ContainerAction.EXEC_DIE, id, Yard.T0, 0,
                Map.of("name", yard.get(id).name(), "exitCode", String.valueOf(exitCode)), null);
    }

    private static ProbeFacts answer(ProbeRequest request, boolean yes, long revision) {
        return new ProbeFacts(Map.of(request, ProbeAnswer.yesNo(yes)), revision);
    }

    @Test
    void theNoteInTheVolumeOutlivesItsContainer() {
        LessonRunner runner = open(Lessons.VOLUMES);
        yard.running("s", "t-scratch", BASE);
        runner.onState(yard.state(), List.of());
        assertEquals(0, runner.stepIndex(), "a running container without the note is not enough");
        runner.onProbes(answer(ProbeRequest.file("t-scratch", "/note.txt"), true, runner.state().revision()));
        assertEquals(1, runner.stepIndex());

        runner.onState(yard.remove("s").state(), List.of());
        assertEquals(2, runner.stepIndex());

        yard.volume("t-notes").running("w", "t-writer", BASE);
        runner.onState(yard.state(), List.of());
        runner.onProbes(answer(ProbeRequest.file("t-writer", "/data/note.txt"), true, runner.state().revision()));
        assertEquals(2, runner.stepIndex(), "a writer without the volume mounted does not pass");
        assertTrue(runner.visibleHints().stream().anyMatch(h -> h.text().contains("-v t-notes:/data")),
                String.valueOf(runner.visibleHints()));
        runner.onState(yard.mount("w", "t-notes", "/data").state(), List.of());
        runner.onProbes(answer(ProbeRequest.file("t-writer", "/data/note.txt"), true, runner.state().revision()));
        assertEquals(3, runner.stepIndex());

        runner.onState(yard.remove("w").removeVolume("t-notes").state(), List.of());
        assertEquals(3, runner.stepIndex(), "removing the volume too is not what the step asks");
        runner.onState(yard.volume("t-notes").state(), List.of());
        assertEquals(4, runner.stepIndex());

        runner.onState(yard.running("r", "t-reader", BASE).mount("r", "t-notes", "/data").state(), List.of());
        runner.onProbes(answer(ProbeRequest.file("t-reader", "/data/note.txt"), false, runner.state().revision()));
        assertFalse(runner.finished(), "a reader that does not find the note has not finished the lesson");
        runner.onProbes(answer(ProbeRequest.file("t-reader", "/data/note.txt"), true, runner.state().revision()));
        assertTrue(runner.finished());
    }

    @Test
    void containersOnTheirOwnNetworkReachEachOtherByNameAndNotOnTheBridge() {
        LessonRunner runner = open(Lessons.NETWORKS);
        runner.onState(yard.network("bridge").state(), List.of());
        assertEquals(0, runner.stepIndex(), "the default bridge is not a network of the learner's own");
        runner.onState(yard.network("t-wire").state(), List.of());
        assertEquals(1, runner.stepIndex());

        yard.running("a", "t-ping", BASE).attach("a", "t-wire").running("b", "t-pong", BASE).attach("b", "bridge");
        runner.onState(yard.state(), List.of());
        assertEquals(1, runner.stepIndex(), "pong on the bridge is not on the wire");
        runner.onState(yard.remove("b").running("b", "t-pong", BASE).attach("b", "t-wire").state(), List.of());
        assertEquals(2, runner.stepIndex());

        runner.onState(yard.state(), List.of(execEnded("a", 1)));
        assertEquals(2, runner.stepIndex(), "a ping that failed is not a container reaching another");
        assertTrue(runner.visibleHints().stream().anyMatch(h -> h.text().contains("The ping failed")),
                String.valueOf(runner.visibleHints()));
        runner.onState(yard.state(), List.of(execEnded("b", 0)));
        assertEquals(2, runner.stepIndex(), "pong pinging something proves nothing about ping");
        runner.onState(yard.state(), List.of(execEnded("a", 0)));
        assertEquals(3, runner.stepIndex());

        runner.onState(yard.running("l", "t-loner", BASE).attach("l", "bridge").state(), List.of(execEnded("a", 0)));
        assertFalse(runner.finished(), "the earlier ping from ping is not the loner's");
        runner.onState(yard.state(), List.of(execEnded("l", 0)));
        assertFalse(runner.finished(), "a loner whose ping worked has not shown the bridge's limit");
        runner.onState(yard.state(), List.of(execEnded("l", 1)));
        assertTrue(runner.finished());
    }

    @Test
    void resetRemovesTheLessonsVolumesAndNetworksAfterItsContainers() {
        yard.volume("t-notes").volume("mine").network("t-wire").network("bridge");
        Lesson volumes = Lessons.byId(lessons, Lessons.VOLUMES).orElseThrow();
        LessonRunner runner = new LessonRunner(volumes, yard.state(), clock);
        ResetPlan plan = ResetPlan.of(volumes, runner.context(), yard.state());
        assertEquals(List.of("volume t-notes and every file in it"), plan.descriptions());
        Lesson networks = Lessons.byId(lessons, Lessons.NETWORKS).orElseThrow();
        assertEquals(List.of("network t-wire (net-t-wire)"),
                ResetPlan.of(networks, new LessonRunner(networks, yard.state(), clock).context(), yard.state())
                        .descriptions());
    }
}
