package io.dockyard.app;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import javafx.animation.AnimationTimer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Prints how long start-up took, in milliseconds from the moment the process was launched, when
 * asked to ({@code --timing}): {@code dockyard: phase <name> <ms>} at each step of start-up,
 * {@code dockyard: first-frame <ms>} once the window has painted, and {@code dockyard: live <ms>}
 * once the first live state from the engine has been drawn. {@code src/test/bench/startup.sh}
 * reads these lines.
 */
final class StartupTiming {
    /** The kernel's clock tick for user-visible times: 100 on every Linux platform Java runs on. */
    private static final long USER_HZ = 100;
    /** {@link System#nanoTime()} at the moment the process was launched, as near as we can tell. */
    private static final long LAUNCHED_NANOS = System.nanoTime() - millisSinceLaunch() * 1_000_000L;

    private final boolean enabled;
    private boolean liveReported;
    private int reportsDue;

    StartupTiming(boolean enabled) {
        this.enabled = enabled;
    }

    /** Notes that start-up has got as far as {@code phase}. */
    void mark(String phase) {
        if (enabled) {
            report("phase " + phase);
        }
    }

    void firstFrame() {
        if (enabled) {
            reportAfterNextPulse("first-frame");
        }
    }

    void stateShown(EngineState state) {
        if (enabled && !liveReported && state.connection().status() == Connection.Status.LIVE) {
            liveReported = true;
            reportAfterNextPulse("live");
        }
    }

    /**
     * Whether a frame is being timed. Start-up work that can wait should: run in the frame before
     * the report, it would be counted in a time it has nothing to do with.
     */
    boolean timingAFrame() {
        return reportsDue > 0;
    }

    private void reportAfterNextPulse(String what) {
        reportsDue++;
        afterNextPulse(() -> {
            reportsDue--;
            report(what);
        });
    }

    private static void report(String what) {
        System.out.println("dockyard: " + what + " " + (System.nanoTime() - LAUNCHED_NANOS) / 1_000_000L);
    }

    /**
     * How long ago the process started. On Linux this compares the process's start tick with the
     * time since boot (both in /proc, good to about 10 ms); {@code ProcessHandle}'s start instant
     * is added to a boot time kept in whole seconds, so it can be up to a second out.
     */
    private static long millisSinceLaunch() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22 of the whole line: starttime
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.max(0, Math.round(uptimeSeconds * 1000) - startTicks * 1000 / USER_HZ);
        } catch (IOException | RuntimeException notLinux) {
            Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            return Math.max(0, Duration.between(started, Instant.now()).toMillis());
        }
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
