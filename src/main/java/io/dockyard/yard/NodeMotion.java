package io.dockyard.yard;

import io.dockyard.model.ContainerState;
import io.dockyard.motion.Animations;
import io.dockyard.motion.Motion;
import io.dockyard.motion.MotionClock;
import io.dockyard.motion.Pulse;
import javafx.animation.Animation;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;

import java.util.HashMap;
import java.util.Map;

/**
 * Chooses and runs the animation for each change on the yard, one at a time per node (a newer
 * change stops the older animation and lands it on its resting look first). Owns the running
 * pulse and the restarting spinners.
 */
final class NodeMotion {
    private final Motion motion;
    private final MotionClock clock = new MotionClock();
    private final Pulse pulse;
    private final Map<Node, Animation> playing = new HashMap<>();
    private final Map<Node, Animation> spinners = new HashMap<>();
    private boolean live = true;
    private boolean attached;

    NodeMotion(Motion motion) {
        this.motion = motion;
        this.pulse = new Pulse(motion);
        clock.add(pulse);
    }

    Pulse pulse() {
        return pulse;
    }

    MotionClock clock() {
        return clock;
    }

    /** Whether nodes are drawn in detail (pulses cost frames, so they rest at overview zoom). */
    void setLive(boolean on) {
        live = on;
        pulse.setEnabled(on);
        updateClock();
    }

    /** Whether the yard is in a window; nothing ticks when it is not. */
    void setAttached(boolean on) {
        attached = on;
        updateClock();
    }

    void appear(InstanceNode node, Box seat, Box from, boolean animate) {
        rest(node, node.container().state());
        if (animate && live && node.isDetailed() && from != null) {
            play(node, Animations.emerge(node, from.maxX() - seat.x() - seat.width() / 2,
                    from.centerY() - seat.centerY(), motion));
        }
        steady(node, node.container().state());
    }

    void stateChanged(InstanceNode node, ContainerState before, ContainerState now, boolean animate) {
        if (animate && live && node.isDetailed()) {
            Animation a = transition(node, before, now);
            if (a != null) {
                play(node, a);
            } else {
                rest(node, now);
            }
        } else {
            rest(node, now);
        }
        steady(node, now);
    }

    private Animation transition(InstanceNode node, ContainerState before, ContainerState now) {
        boolean hadProcess = before != null && before.hasProcess();
        return switch (now) {
            case RUNNING -> before == ContainerState.PAUSED ? null : Animations.comeAlive(node, motion);
            case PAUSED -> Animations.freeze(node, motion);
            case EXITED, REMOVING -> hadProcess ? Animations.die(node, motion) : null;
            case DEAD -> Animations.shake(node, motion);
            default -> null;
        };
    }

    /** The continuous part of a state: pulse while running, spin while restarting. */
    private void steady(InstanceNode node, ContainerState state) {
        if (state == ContainerState.RUNNING && node.isDetailed()) {
            pulse.add(node.glyph());
        } else {
            pulse.remove(node.glyph());
        }
        Animation spin = spinners.get(node);
        if (state == ContainerState.RESTARTING && spin == null && !motion.isReduced()) {
            spin = Animations.spin(node.glyph(), motion);
            spinners.put(node, spin);
            spin.play();
        } else if (state != ContainerState.RESTARTING && spin != null) {
            spin.stop();
            spinners.remove(node);
            node.glyph().setRotate(0);
        }
        updateClock();
    }

    /** A node went in or out of detail: only detailed nodes breathe. */
    void detailChanged(InstanceNode node) {
        steady(node, node.container().state());
    }

    void disappear(YardNode node, Runnable remove) {
        stopAll(node);
        Animation a = Animations.dissolve(node, motion);
        a.setOnFinished(e -> remove.run());
        a.play();
    }

    void drawIn(BlueprintNode node) {
        play(node, Animations.drawIn(node, motion));
    }

    private void stopAll(Node node) {
        stopPlaying(node);
        if (node instanceof InstanceNode i) {
            pulse.remove(i.glyph());
            Animation spin = spinners.remove(node);
            if (spin != null) {
                spin.stop();
            }
        }
    }

    private void play(Node node, Animation next) {
        if (stopPlaying(node)) {
            resetTransform(node);
        }
        playing.put(node, next);
        EventHandler<ActionEvent> own = next.getOnFinished();
        next.setOnFinished(e -> {
            if (own != null) {
                own.handle(e);
            }
            playing.remove(node, next);
        });
        next.play();
    }

    /** Stops the node's transition, if one is playing; says whether one was. */
    private boolean stopPlaying(Node node) {
        Animation old = playing.remove(node);
        if (old != null) {
            old.stop();
        }
        return old != null;
    }

    private static void resetTransform(Node node) {
        node.setTranslateX(0);
        node.setTranslateY(0);
        node.setScaleX(1);
        node.setScaleY(1);
    }

    /** Puts a node on the resting look of its state, without movement. */
    private void rest(InstanceNode node, ContainerState state) {
        stopPlaying(node);
        resetTransform(node);
        boolean ended = state == ContainerState.EXITED || state == ContainerState.DEAD
                || state == ContainerState.REMOVING;
        node.setOpacity(ended ? Animations.ENDED_OPACITY : 1.0);
    }

    private void updateClock() {
        boolean wanted = attached && live && !motion.isReduced() && pulse.size() > 0;
        if (wanted && !clock.isRunning()) {
            clock.start();
        } else if (!wanted && clock.isRunning()) {
            clock.stop();
        }
    }
}
