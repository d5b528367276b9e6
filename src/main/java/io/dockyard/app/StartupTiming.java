package io.dockyard.app;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

import java.time.Duration;
import java.time.Instant;

/**
 * Prints how long start-up took, measured from the moment the process was launched:
 * {@code dockyard: first-frame <ms>} once the window has painted, and {@code dockyard: live <ms>}
 * once the first live state from the engine has been drawn.
 */
final class StartupTiming {
    private final Instant launched = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private boolean liveReported;

    void firstFrame(Scene scene, boolean enabled) {
        if (enabled) {
            afterNextPulse(() -> report("first-frame"));
        }
    }

    void stateShown(EngineState state, boolean enabled) {
        if (enabled && !liveReported && state.connection().status() == Connection.Status.LIVE) {
            liveReported = true;
            afterNextPulse(() -> report("live"));
        }
    }

    private void report(String what) {
        System.out.println("dockyard: " + what + " " + Duration.between(launched, Instant.now()).toMillis());
    }

    /** Runs the task on the pulse after the current one, when what was just changed has been drawn. */
    private static void afterNextPulse(Runnable task) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    task.run();
                }
            }
        }.start();
    }
}
