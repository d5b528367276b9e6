package io.dockyard.learn;

import io.dockyard.testing.MutableClock;
import io.dockyard.engine.api.ContainerProbe;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent.ContainerAction;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coach on one thread, with a probe and a delay the test answers by hand. */
class LessonCoachTest {
    private static final String BASE = "sha256:base";
    private final Sandbox sandbox = new Sandbox("t-", "t/busybox:1", Path.of("/ctx/busybox"), Path.of("/ctx/tidy"),
            Map.of());
    private final Yard yard = new Yard().image(BASE, 2_000_000, Map.of(), "t/busybox:1");
    private final MutableClock clock = new MutableClock(Yard.T0);
    private final ScriptedTop probe = new ScriptedTop();
    private final Deque<Runnable> waiting = new ArrayDeque<>();
    private final List<Duration> waits = new ArrayList<>();
    private static final String SHELL = "root 101 sh -c trap 'exit 0' TERM; httpd -f -p 80 -h /www & wait";
    private static final String HTTPD = "root 107 httpd -f -p 80 -h /www";
    private final LessonCoach coach = new LessonCoach(Lessons.all(sandbox), new LessonServices(probe,
            args -> CompletableFuture.completedFuture(""), new LessonProgressStore.InMemory(), (wait, task) -> {
                waits.add(wait);
                waiting.add(task);
            }), Runnable::run, Runnable::run, clock);

    @Test
    void aProcessStartedByExecTicksTheStepThoughNoEngineStateChanges() {
        startedForTheExecStep();

        // docker exec -d: the engine's exec events change nothing in the state, so no new state
        // comes; only asking docker top again can see the new process
        probe.answers.add(List.of(SHELL, HTTPD, "root 130 sleep 600"));
        int asked = probe.asked;
        while (!waiting.isEmpty() && coach.runner().orElseThrow().stepIndex() == 2) {
            waiting.poll().run();
        }
        assertTrue(coach.runner().orElseThrow().finished(), "the exec step ticked by itself");
        assertTrue(probe.asked > asked, "docker top was asked again");
    }

    @Test
    void aStepThatStaysUnmetIsAskedAgainLessOftenUpToEveryTwoSeconds() {
        startedForTheExecStep();
        waits.clear(); // the re-ask still outstanding from step 1 runs first in the loop
        for (int i = 0; i < 6; i++) {
            assertEquals(1, waiting.size(), "one re-ask outstanding at a time");
            waiting.poll().run();
        }
        assertEquals(List.of(200L, 400L, 800L, 1600L, 2000L, 2000L),
                waits.stream().map(Duration::toMillis).toList());
        assertEquals(2, coach.runner().orElseThrow().stepIndex(), "never ticks while sleep 600 never shows");
    }

    /** The "Processes live in containers" lesson, its container created, then started with httpd up. */
    private void startedForTheExecStep() {
        String box = sandbox.name("idle");
        coach.onState(yard.state());
        coach.open(Lessons.EXECUTION);
        yard.container("c1", box, BASE, ContainerState.CREATED, 0, 0, Map.of(), 0);
        coach.onState(yard.state());
        probe.answers.add(List.of(SHELL, HTTPD));
        yard.container("c1", box, BASE, ContainerState.RUNNING, 101, 0, Map.of(), 0);
        coach.onState(yard.state());
        coach.onEvents(List.of(Yard.event(ContainerAction.START, yard.get("c1"))));
        assertEquals(2, coach.runner().orElseThrow().stepIndex(), "started, and docker top lists httpd");
    }

    /** docker top that answers from a script, then repeats its last answer. */
    private static final class ScriptedTop implements ContainerProbe {
        final Deque<List<String>> answers = new ArrayDeque<>();
        private List<String> last = List.of();
        int asked;

        @Override
        public List<String> diff(String container) {
            return List.of();
        }

        @Override
        public List<String> top(String container) {
            asked++;
            if (!answers.isEmpty()) {
                last = answers.poll();
            }
            return last;
        }

        @Override
        public boolean fileExists(String container, String path) {
            return false;
        }
    }
}
