package io.dockyard.motion;

import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.ParallelTransition;
import javafx.animation.ScaleTransition;
import javafx.animation.SequentialTransition;
import javafx.animation.Timeline;
import javafx.animation.Transition;
import javafx.animation.TranslateTransition;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * Factories for the yard's animations. Each returns an unstarted animation whose end is the
 * resting look; the caller decides when to play it. Under {@link Motion#NONE} each returns a
 * zero-length animation that, when played, puts the node on that same end look at once and runs
 * {@code onFinished} at once (a plain zero-length JavaFX transition would skip its end values).
 */
public final class Animations {
    /** Resting opacity of an instance whose process has ended. */
    public static final double ENDED_OPACITY = 0.72;

    private Animations() {
    }

    /** Create: the instance grows out of its blueprint, {@code (dx, dy)} away from its seat. */
    public static Animation emerge(Node node, double dx, double dy, Motion motion) {
        if (motion.isReduced()) {
            return landing(() -> settle(node, 1.0));
        }
        Duration d = motion.create();
        TranslateTransition move = new TranslateTransition(d, node);
        move.setFromX(dx);
        move.setFromY(dy);
        move.setToX(0);
        move.setToY(0);
        move.setInterpolator(Interpolator.EASE_OUT);
        ScaleTransition grow = new ScaleTransition(d, node);
        grow.setFromX(0.25);
        grow.setFromY(0.25);
        grow.setToX(1);
        grow.setToY(1);
        FadeTransition fade = new FadeTransition(d, node);
        fade.setFromValue(0);
        fade.setToValue(1);
        return new ParallelTransition(node, move, grow, fade);
    }

    /** Start: a short swell, and full strength. */
    public static Animation comeAlive(Node node, Motion motion) {
        if (motion.isReduced()) {
            return landing(() -> settle(node, 1.0));
        }
        ScaleTransition swell = new ScaleTransition(motion.start().divide(2), node);
        swell.setToX(1.06);
        swell.setToY(1.06);
        swell.setAutoReverse(true);
        swell.setCycleCount(2);
        FadeTransition light = new FadeTransition(motion.start(), node);
        light.setToValue(1.0);
        return new ParallelTransition(node, swell, light);
    }

    /** Die: the instance fades to its resting grey. */
    public static Animation die(Node node, Motion motion) {
        if (motion.isReduced()) {
            return landing(() -> settle(node, ENDED_OPACITY));
        }
        FadeTransition fade = new FadeTransition(motion.die(), node);
        fade.setToValue(ENDED_OPACITY);
        fade.setInterpolator(Interpolator.EASE_IN);
        return fade;
    }

    /** Pause: a small settle, as if holding its breath; the glyph and colours come from CSS. */
    public static Animation freeze(Node node, Motion motion) {
        if (motion.isReduced()) {
            return landing(() -> settle(node, node.getOpacity()));
        }
        ScaleTransition settle = new ScaleTransition(motion.start().divide(2), node);
        settle.setToX(0.97);
        settle.setToY(0.97);
        settle.setAutoReverse(true);
        settle.setCycleCount(2);
        return settle;
    }

    /** Dead: a short shake beside the error mark. */
    public static Animation shake(Node node, Motion motion) {
        if (motion.isReduced()) {
            return landing(() -> settle(node, node.getOpacity()));
        }
        TranslateTransition shake = new TranslateTransition(motion.start().divide(4), node);
        shake.setFromX(0);
        shake.setByX(6);
        shake.setAutoReverse(true);
        shake.setCycleCount(4);
        return shake;
    }

    /** Destroy: the instance dissolves; remove it from the scene in {@code onFinished}. */
    public static Animation dissolve(Node node, Motion motion) {
        if (motion.isReduced()) {
            return landing(() -> node.setOpacity(0));
        }
        FadeTransition fade = new FadeTransition(motion.destroy(), node);
        fade.setToValue(0);
        ScaleTransition shrink = new ScaleTransition(motion.destroy(), node);
        shrink.setToX(0.8);
        shrink.setToY(0.8);
        return new ParallelTransition(node, fade, shrink);
    }

    /** Pull or build: the blueprint is drawn in from the top, like ink on paper. */
    public static Animation drawIn(Region node, Motion motion) {
        if (motion.isReduced()) {
            return landing(() -> {
                node.setClip(null);
                node.setOpacity(1.0);
            });
        }
        Rectangle mask = new Rectangle(0, 0, 0, 0);
        Timeline reveal = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(mask.heightProperty(), 0),
                        new KeyValue(node.opacityProperty(), 0.3)),
                new KeyFrame(motion.drawIn(), new KeyValue(mask.heightProperty(), node.getPrefHeight() + 4,
                        Interpolator.EASE_BOTH), new KeyValue(node.opacityProperty(), 1.0)));
        SequentialTransition run = new SequentialTransition(reveal);
        mask.setWidth(node.getPrefWidth() + 4);
        mask.setX(-2);
        mask.setY(-2);
        node.setClip(mask);
        run.setOnFinished(e -> node.setClip(null));
        return run;
    }

    /** Back in place at full size, with the given opacity. */
    private static void settle(Node node, double opacity) {
        node.setTranslateX(0);
        node.setTranslateY(0);
        node.setScaleX(1);
        node.setScaleY(1);
        node.setOpacity(opacity);
    }

    /** A zero-length animation that applies its end when played. */
    private static Animation landing(Runnable end) {
        return new Transition() {
            {
                setCycleDuration(Duration.ZERO);
            }

            @Override
            protected void interpolate(double frac) {
                end.run();
            }

            @Override
            public void play() {
                end.run();
                super.play();
            }
        };
    }
}
