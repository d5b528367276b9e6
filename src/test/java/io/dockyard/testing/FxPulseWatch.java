package io.dockyard.testing;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Watches the FX thread while a test works the app. An animation timer keeps pulses coming, and
 * the longest gap between two of them is how long the thread could not draw. While a gap lasts
 * longer than a threshold, a watcher thread looks at the FX thread every 10 ms and sorts what it
 * sees: <em>waiting</em> (blocked on a lock, parked on a future, asleep, or inside file, socket,
 * DNS or subprocess calls), or <em>working</em> (CSS, layout, painting, waiting for the render
 * thread to paint, or not given a core by a busy machine). Dockyard's rule is that the FX thread never waits; how long it works is a
 * matter for the benchmarks.
 */
public final class FxPulseWatch implements AutoCloseable {
    /** Frames that mean the FX thread is doing I/O: it waits on the disk, the network or a process. */
    private static final List<String> IO_FRAMES = List.of("sun.nio.ch.", "sun.nio.fs.", "java.net.",
            "java.io.FileInputStream", "java.io.FileOutputStream", "java.io.RandomAccessFile", "java.lang.ProcessImpl",
            "java.lang.ProcessHandleImpl", "java.lang.Thread.sleep");
    /**
     * Frames of the toolkit's own waits: for the next event or pulse, or for the render thread to
     * finish painting the previous frame (painting is work, done on that thread).
     */
    private static final List<String> IDLE_FRAMES = List.of("RunnableQueue.getNextRunnable",
            "GtkApplication._runLoop", "InvokeLaterDispatcher", "PaintCollector.waitForRenderingToComplete");

    private final long thresholdNanos;
    private final AnimationTimer timer;
    private final Thread watcher;
    private volatile long lastPulse;
    private volatile long longest;
    private volatile Thread fxThread;
    private volatile boolean stopped;
    private final List<String> gaps = new ArrayList<>();
    private final List<String> waits = new ArrayList<>();
    private final List<String> work = new ArrayList<>();

    private FxPulseWatch(long thresholdMillis) {
        this.thresholdNanos = TimeUnit.MILLISECONDS.toNanos(thresholdMillis);
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (lastPulse != 0) {
                    long gap = t - lastPulse;
                    longest = Math.max(longest, gap);
                    if (gap > thresholdNanos) {
                        synchronized (FxPulseWatch.this) {
                            gaps.add(Math.round(gap / 1e6) + " ms");
                        }
                    }
                }
                lastPulse = t;
            }
        };
        this.watcher = new Thread(this::watch, "fx-pulse-watch");
        this.watcher.setDaemon(true);
    }

    /** Starts watching from the next pulse on; call from any thread but the FX thread. */
    public static FxPulseWatch start(long thresholdMillis) throws InterruptedException {
        FxPulseWatch w = new FxPulseWatch(thresholdMillis);
        CountDownLatch started = new CountDownLatch(1);
        Platform.runLater(() -> {
            w.fxThread = Thread.currentThread();
            w.timer.start();
            started.countDown();
        });
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the FX thread did not start the pulse watch");
        }
        w.watcher.start();
        return w;
    }

    /** The longest time between two pulses so far, in milliseconds. */
    public double longestGapMillis() {
        return longest / 1e6;
    }

    /** Every gap longer than the threshold, in order. */
    public synchronized List<String> gaps() {
        return List.copyOf(gaps);
    }

    /** Where the FX thread was seen waiting during a long gap: each its state and top frames. */
    public synchronized List<String> waits() {
        return List.copyOf(waits);
    }

    /** Where the FX thread was seen working during a long gap, for the record. */
    public synchronized List<String> work() {
        return List.copyOf(work);
    }

    /** A one-line summary for a test's output. */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "longest gap between pulses %.1f ms; gaps over the threshold %s; "
                + "samples in them: %d waiting, %d working", longestGapMillis(), gaps(), waits().size(), work().size());
    }

    private void watch() {
        while (!stopped) {
            long since = lastPulse;
            Thread fx = fxThread;
            if (since != 0 && fx != null && System.nanoTime() - since > thresholdNanos) {
                sample(fx);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample(Thread fx) {
        // the state and the stack are read at different moments: a lock wait counts only when the
        // state says so on both sides of the stack
        Thread.State before = fx.getState();
        StackTraceElement[] stack = fx.getStackTrace();
        Thread.State after = fx.getState();
        String line = after + "\n    at " + Arrays.stream(stack).limit(14).map(String::valueOf)
                .collect(Collectors.joining("\n    at "));
        synchronized (this) {
            (isWaiting(before, stack, after) ? waits : work).add(line);
        }
    }

    static boolean isWaiting(Thread.State before, StackTraceElement[] stack, Thread.State after) {
        boolean idle = Arrays.stream(stack).limit(6).map(FxPulseWatch::name)
                .anyMatch(f -> IDLE_FRAMES.stream().anyMatch(f::contains));
        boolean parked = Arrays.stream(stack).limit(3).map(FxPulseWatch::name)
                .anyMatch(f -> f.endsWith("Unsafe.park") || f.equals("java.lang.Object.wait"));
        // a thread woken from Object.wait is BLOCKED while it takes the monitor back: in the
        // toolkit's own event-queue wait that is the idle loop waking for the next event, not a lock
        boolean wakingFromIdle = idle && stack.length > 0 && name(stack[0]).equals("java.lang.Object.wait");
        if (before == Thread.State.BLOCKED && after == Thread.State.BLOCKED && !wakingFromIdle) {
            return true;
        }
        if (Arrays.stream(stack).map(FxPulseWatch::name).anyMatch(f -> IO_FRAMES.stream().anyMatch(f::startsWith))) {
            return true;
        }
        return parked && !idle;
    }

    /** {@code java.lang.Thread.sleep}: class and method, without the module or the line. */
    private static String name(StackTraceElement f) {
        return f.getClassName() + "." + f.getMethodName();
    }

    @Override
    public void close() {
        stopped = true;
        watcher.interrupt();
        Platform.runLater(timer::stop);
    }
}
