package io.dockyard.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The one place where work moves onto the FX thread. Tasks queue up and run together at the next
 * frame; a task queued while a frame runs waits for the following frame. The timer runs only
 * while there is work, so an idle Dockyard costs no frames.
 *
 * <p>One made with {@link #heldUntilOpen()} can take tasks before JavaFX has started: they wait
 * until {@link #open()} is called on the FX thread. That lets the engine be contacted while the
 * window is still being built.
 */
public final class FxFrameExecutor implements Executor {
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean ticking = new AtomicBoolean();
    private volatile AnimationTimer timer;

    /** Runs tasks from now on; JavaFX must be running. */
    public FxFrameExecutor() {
        this(true);
    }

    private FxFrameExecutor(boolean runNow) {
        if (runNow) {
            timer = newTimer();
        }
    }

    /** Queues tasks, without running any, until {@link #open()}; usable before JavaFX starts. */
    public static FxFrameExecutor heldUntilOpen() {
        return new FxFrameExecutor(false);
    }

    /** Starts running tasks, those queued so far first. Call on the FX thread; once is enough. */
    public void open() {
        if (timer == null) {
            timer = newTimer();
        }
        // a task queued before the timer existed did not start it
        if (!queue.isEmpty() && ticking.compareAndSet(false, true)) {
            timer.start();
        }
    }

    @Override
    public void execute(Runnable task) {
        queue.add(task);
        AnimationTimer t = timer;
        if (t != null && ticking.compareAndSet(false, true)) {
            if (Platform.isFxApplicationThread()) {
                t.start();
            } else {
                Platform.runLater(t::start);
            }
        }
    }

    private AnimationTimer newTimer() {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                runFrame();
            }
        };
    }

    private void runFrame() {
        int due = queue.size();
        for (int i = 0; i < due; i++) {
            Runnable task = queue.poll();
            if (task == null) {
                break;
            }
            try {
                task.run();
            } catch (RuntimeException bug) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, bug);
            }
        }
        if (queue.isEmpty()) {
            ticking.set(false);
            timer.stop();
            // a task may have arrived between isEmpty and set(false)
            if (!queue.isEmpty() && ticking.compareAndSet(false, true)) {
                timer.start();
            }
        }
    }
}
