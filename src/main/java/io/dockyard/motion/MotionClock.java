package io.dockyard.motion;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.List;

/**
 * One frame timer for all continuous motion (the running pulse), instead of one timeline per node.
 * Tests call {@link #advance(double)} and never start it.
 */
public final class MotionClock {
    private final List<Updatable> parts = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            double tpf = last == 0 ? 0 : (now - last) / 1e9;
            last = now;
            advance(Math.min(tpf, 0.25));
        }

        @Override
        public void stop() {
            super.stop();
            last = 0;
        }
    };
    private boolean running;

    public void add(Updatable part) {
        parts.add(part);
    }

    public void start() {
        if (!running) {
            running = true;
            timer.start();
        }
    }

    public void stop() {
        running = false;
        timer.stop();
    }

    public boolean isRunning() {
        return running;
    }

    /** Moves every part on by {@code tpf} seconds. */
    public void advance(double tpf) {
        for (Updatable part : parts) {
            part.onUpdate(tpf);
        }
    }
}
