package io.dockyard.motion;

import javafx.scene.Node;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The heartbeat of running instances: every registered beacon breathes in step, driven by one
 * {@link MotionClock}. With reduced motion the beacons stay fully lit.
 */
public final class Pulse implements Updatable {
    private final Set<Node> beacons = new LinkedHashSet<>();
    private final double period;
    private static final int STEPS = 4;
    private double time;
    private double applied = 1.0;
    private boolean enabled = true;

    public Pulse(Motion motion) {
        this.period = motion.pulsePeriodSeconds();
    }

    public void add(Node beacon) {
        if (beacons.add(beacon)) {
            beacon.setOpacity(enabled && period > 0 ? applied : 1.0);
        }
    }

    public void remove(Node beacon) {
        if (beacons.remove(beacon)) {
            beacon.setOpacity(1.0);
        }
    }

    public int size() {
        return beacons.size();
    }

    /** Pauses the breathing (at overview zoom nobody can see it, so it costs nothing). */
    public void setEnabled(boolean on) {
        enabled = on;
        if (!on) {
            applied = 1.0;
            beacons.forEach(b -> b.setOpacity(1.0));
        }
    }

    @Override
    public void onUpdate(double tpf) {
        if (!enabled || period <= 0 || beacons.isEmpty()) {
            return;
        }
        time = (time + tpf) % period;
        // In steps, not every frame: with the software pipeline each change repaints the beacons'
        // whole bounding area, so a few steps a second keep the breathing and leave the frames free.
        double opacity = Math.round(opacityAt(time) * STEPS) / (double) STEPS;
        if (opacity == applied) {
            return;
        }
        applied = opacity;
        for (Node beacon : beacons) {
            beacon.setOpacity(opacity);
        }
    }

    /** A soft breath between 0.35 and 1. */
    double opacityAt(double t) {
        double phase = (t / period) * 2 * Math.PI;
        return 0.675 + 0.325 * Math.cos(phase);
    }
}
