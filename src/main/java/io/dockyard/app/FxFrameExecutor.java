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
 */
public final class FxFrameExecutor implements Executor {
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean ticking = new AtomicBoolean();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            runFrame();
        }
    };

    @Override
    public void execute(Runnable task) {
        queue.add(task);
        if (ticking.compareAndSet(false, true)) {
            if (Platform.isFxApplicationThread()) {
                timer.start();
            } else {
                Platform.runLater(timer::start);
            }
        }
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
