package io.dockyard.testing;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * A UI executor that only queues tasks, and runs them when the test says so, as one frame would:
 * the tasks queued before the frame starts run in it, tasks queued during it wait for the next.
 * Safe to feed from any thread; run frames from one thread.
 */
public final class ManualFrames implements Executor {
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable task) {
        queue.add(task);
    }

    /** How many tasks wait for the next frame. */
    public int pending() {
        return queue.size();
    }

    /** Runs the tasks that were waiting when the frame began; returns how many ran. */
    public int runFrame() {
        int due = queue.size();
        for (int i = 0; i < due; i++) {
            queue.poll().run();
        }
        return due;
    }
}
