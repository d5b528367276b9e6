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
    private final Frames frames;
    private int framesSeen;

    /** What calls back once per frame while started: JavaFX's pulse in the app, a hand-driven one in tests. */
    interface Frames {
        void start(Runnable eachFrame);

        void stop();

        /** The real frames: an {@link AnimationTimer}, called once per pulse. */
        static Frames animationTimer() {
            return new Frames() {
                private AnimationTimer timer;

                @Override
                public void start(Runnable eachFrame) {
                    timer = new AnimationTimer() {
                        @Override
                        public void handle(long now) {
                            eachFrame.run();
                        }
                    };
                    timer.start();
                }

                @Override
                public void stop() {
                    if (timer != null) {
                        timer.stop();
                    }
                }
            };
        }
    }

    /** Steps that run one per frame. */
    AfterFirstFrame() {
        this(() -> false);
    }

    /** Steps that run one per frame, except in frames where {@code holdWhile} says to wait. */
    AfterFirstFrame(BooleanSupplier holdWhile) {
        this(holdWhile, Frames.animationTimer());
    }

    /** As above, with the frames given. */
    AfterFirstFrame(BooleanSupplier holdWhile, Frames frames) {
        this.holdWhile = holdWhile;
        this.frames = frames;
    }

    /** Adds a step; steps run in the order they are added. */
    AfterFirstFrame then(Runnable step) {
        steps.add(step);
        return this;
    }

    /** Starts running the steps, one per frame, after the next frame. */
    void start() {
        frames.start(this::onFrame);
    }

    /** Runs every step not yet run, now. */
    void finishNow() {
        while (!steps.isEmpty()) {
            runNext();
        }
    }

    private void onFrame() {
        // the first call comes in the pulse that draws the first frame; start after it
        if (++framesSeen > 1 && !holdWhile.getAsBoolean()) {
            runNext();
        }
    }

    private void runNext() {
        Runnable step = steps.poll();
        if (steps.isEmpty()) {
            frames.stop();
        }
        if (step != null) {
            step.run();
        }
    }
}
