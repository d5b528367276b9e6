package io.dockyard.app;

import javafx.animation.AnimationTimer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BooleanSupplier;

/**
 * Start-up work the first frame does not need. Once the window has painted, the steps run on the
 * FX thread one per frame, so the window stays responsive while they run. Whoever needs their
 * result sooner calls {@link #finishNow()}. Use on the FX thread only.
 */
final class AfterFirstFrame {
    private final Deque<Runnable> steps = new ArrayDeque<>();
    private final BooleanSupplier holdWhile;
    private final AnimationTimer timer = new AnimationTimer() {
        private int frames;

        @Override
        public void handle(long now) {
            // the first call comes in the pulse that draws the first frame; start after it
            if (++frames > 1 && !holdWhile.getAsBoolean()) {
                runNext();
            }
        }
    };

    /** Steps that run one per frame. */
    AfterFirstFrame() {
        this(() -> false);
    }

    /** Steps that run one per frame, except in frames where {@code holdWhile} says to wait. */
    AfterFirstFrame(BooleanSupplier holdWhile) {
        this.holdWhile = holdWhile;
    }

    /** Adds a step; steps run in the order they are added. */
    AfterFirstFrame then(Runnable step) {
        steps.add(step);
        return this;
    }

    /** Starts running the steps, one per frame, after the next frame. */
    void start() {
        timer.start();
    }

    /** Runs every step not yet run, now. */
    void finishNow() {
        while (!steps.isEmpty()) {
            runNext();
        }
    }

    private void runNext() {
        Runnable step = steps.poll();
        if (steps.isEmpty()) {
            timer.stop();
        }
        if (step != null) {
            step.run();
        }
    }
}
