package io.dockyard.motion;

import io.dockyard.concurrent.Ticker;
import javafx.scene.CacheHint;
import javafx.scene.Node;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A cue that moves in steps instead of frames: the ambient "alive" of a running instance and the
 * turning of a restarting one. Steps fall on whole multiples of the step length, so every node of a
 * cue (and every cue) changes in the same frame, and as a {@link Ticker.Job} a cue asks to run
 * again only when its look next changes: between changes nothing wakes and nothing repaints. The
 * nodes are cached as bitmaps, so a step composites them again rather than drawing them anew.
 */
public abstract sealed class Cue implements Ticker.Job permits Cue.Breath, Cue.Turn {
    private final Set<Node> nodes = new LinkedHashSet<>();
    private final long stepMillis;
    private final int steps;
    private int shown = -1;

    private Cue(long stepMillis, int steps) {
        this.stepMillis = Math.max(1, stepMillis);
        this.steps = steps;
    }

    /** The running cue: a soft breath in a few steps every few seconds, full strength in between. */
    public static Cue breath(Motion motion) {
        return new Breath(motion.cueStepMillis());
    }

    /** The restarting cue: a turn in eighths, one eighth every second step. */
    public static Cue turn(Motion motion) {
        return new Turn(2 * motion.cueStepMillis());
    }

    public final void add(Node node) {
        if (nodes.add(node)) {
            node.setCache(true);
            node.setCacheHint(CacheHint.QUALITY);
            if (shown >= 0) {
                show(node, shown);
            }
        }
    }

    public final void remove(Node node) {
        if (nodes.remove(node)) {
            rest(node);
        }
    }

    public final boolean contains(Node node) {
        return nodes.contains(node);
    }

    public final int size() {
        return nodes.size();
    }

    /** Puts every node on its resting look, as when the cue stops (hidden, reduced motion). */
    public final void rest() {
        shown = -1;
        nodes.forEach(this::rest);
    }

    /** Shows the look of {@code now}'s step; answers when the look next changes. */
    @Override
    public final Instant run(Instant now) {
        long n = Math.floorDiv(now.toEpochMilli(), stepMillis);
        int step = (int) Math.floorMod(n, (long) steps);
        int look = lookAt(step);
        if (look != shown) {
            shown = look;
            for (Node node : nodes) {
                show(node, look);
            }
        }
        int k = 1;
        while (k < steps && lookAt((step + k) % steps) == look) {
            k++;
        }
        return Instant.ofEpochMilli((n + k) * stepMillis);
    }

    /** The look shown at a step of the cycle; equal looks in a row cost no wake. */
    abstract int lookAt(int step);

    abstract void show(Node node, int look);

    abstract void rest(Node node);

    /**
     * Opacity 0.7, 0.45, 0.7 in the first three of forty steps, full strength for the other 37: a
     * breath every ten seconds. Each change repaints every running glyph on screen; with the
     * software pipeline a breath every four seconds cost an idle demo yard 1.9 % of a core.
     */
    static final class Breath extends Cue {
        private static final double[] LOOKS = {0.7, 0.45, 0.7, 1.0};

        private Breath(long stepMillis) {
            super(stepMillis, 40);
        }

        @Override
        int lookAt(int step) {
            return Math.min(step, LOOKS.length - 1);
        }

        @Override
        void show(Node node, int look) {
            node.setOpacity(LOOKS[look]);
        }

        @Override
        void rest(Node node) {
            node.setOpacity(1.0);
        }
    }

    /** Eight steps of 45 degrees: a turn in four seconds, two repaints a second. */
    static final class Turn extends Cue {
        private Turn(long stepMillis) {
            super(stepMillis, 8);
        }

        @Override
        int lookAt(int step) {
            return step;
        }

        @Override
        void show(Node node, int look) {
            node.setRotate(45.0 * look);
        }

        @Override
        void rest(Node node) {
            node.setRotate(0);
        }
    }
}
