package io.dockyard.learn;

import io.dockyard.engine.api.ContainerProbe;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * What the learn coach needs from the rest of the app.
 *
 * @param probe     answers diff/top/file questions (engine.DockerLessonProbe in the app)
 * @param performer runs "show me" and reset commands, writing each CLI line in the journal
 * @param progress  where progress is saved (the settings file in the app)
 * @param later     runs a task after a wait, on any thread: the coach asks a step's probes again
 *                  with it until the step's check passes (a process may start a moment after its
 *                  container does, and no engine event says so)
 */
public record LessonServices(ContainerProbe probe, StepPerformer performer, LessonProgressStore progress, Later later) {

    /** Runs a task after a wait. */
    @FunctionalInterface
    public interface Later {
        /** The JDK's shared delay thread: the task runs on the common pool once the wait is over. */
        Later JDK = (wait, task) -> CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS)
                .execute(task);

        void after(Duration wait, Runnable task);
    }
}
