package io.dockyard.yard;

import io.dockyard.model.ContainerState;
import io.dockyard.concurrent.Ticker;
import io.dockyard.motion.Animations;
import io.dockyard.motion.Cue;
import io.dockyard.motion.Motion;
import javafx.animation.Animation;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Chooses and runs the animation for each change on the yard, one at a time per node (a newer
 * change stops the older animation and lands it on its resting look first); every one of them
 * ends. Owns the ambient cues, the breath of running instances and the turn of restarting ones:
 * stepped a few times a second by the {@link Ticker}, never by frames, and only for instances
 * drawn in full inside the window while the window is on screen.
 */
final class NodeMotion {
    private Motion motion;
    private Cue breath;
    private Cue turn;
    private final Ticker.Beat breathing;
    private final Ticker.Beat turning;
    private final Map<Node, Animation> playing = new HashMap<>();
    private final Set<InstanceNode> inWindow = new HashSet<>();
    private boolean live = true;
    private boolean attached;

    NodeMotion(Motion motion, Ticker ticker) {
        this.motion = motion;
        this.breath = Cue.breath(motion);
        this.turn = Cue.turn(motion);
        this.breathing = ticker.beat(now -> breath.run(now));
        this.turning = ticker.beat(now -> turn.run(now));
    }

    Motion motion() {
        return motion;
    }

    /** From now on: animations are made with {@code next}; reduced motion stops the cues at once. */
    void setMotion(Motion next) {
        if (next == motion) {
            return;
        }
        motion = next; // what plays now ends by itself within a second
        Set<InstanceNode> cued = new HashSet<>(inWindow);
        breath.rest();
        turn.rest();
        cued.forEach(n -> {
            breath.remove(n.glyph());
            turn.remove(n.glyph());
        });
        breath = Cue.breath(next);
        turn = Cue.turn(next);
        cued.forEach(n -> steady(n, n.container().state()));
        updateCues();
    }

    /** The running cue, for tests. */
    Cue breath() {
        return breath;
    }

    /** The restarting cue, for tests. */
    Cue turn() {
        return turn;
    }

    /** How many of the yard's animations are playing now; 0 once every change has landed. */
    int playingCount() {
        return (int) playing.values().stream().filter(a -> a.getStatus() == Animation.Status.RUNNING).count();
    }

    /** Whether nodes are drawn in detail (cues rest at overview zoom, where nobody can see them). */
    void setLive(boolean on) {
        live = on;
        updateCues();
    }

    /** Whether the yard can be seen (in a window that shows and is not iconified); nothing ticks when not. */
    void setAttached(boolean on) {
        attached = on;
        updateCues();
    }

    /** Whether an instance is drawn in full inside the window: only those show their cue. */
    void seen(InstanceNode node, boolean inside) {
        boolean changed = inside ? inWindow.add(node) : inWindow.remove(node);
        if (changed && node.container() != null) {
            steady(node, node.container().state());
        }
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

    /** The ambient part of a state: the breath while running, the turn while restarting. */
    private void steady(InstanceNode node, ContainerState state) {
        boolean cued = node.isDetailed() && inWindow.contains(node) && !motion.isReduced();
        cue(breath, node, cued && state == ContainerState.RUNNING);
        cue(turn, node, cued && state == ContainerState.RESTARTING);
        updateCues();
    }

    private static void cue(Cue cue, InstanceNode node, boolean on) {
        if (on) {
            cue.add(node.glyph());
        } else {
            cue.remove(node.glyph());
        }
    }

    void disappear(YardNode node, Runnable remove) {
        stopAll(node);
        Animation a = Animations.dissolve(node, motion);
        a.setOnFinished(e -> remove.run());
        play(node, a);
    }

    void drawIn(YardNode node) {
        play(node, Animations.drawIn(node, motion));
    }

    /** A Swarm task placed: it comes out of its service's card, {@code from}, into its seat in a node's lane. */
    void arrive(YardNode node, Box seat, Box from, boolean animate) {
        if (animate && live && node.isDetailed() && from != null) {
            play(node, Animations.emerge(node, from.centerX() - seat.centerX(), from.y() - seat.centerY(), motion));
        }
    }

    /** A Swarm task that failed or was rejected: a shake, as a dead container's. */
    void failed(YardNode node, boolean animate) {
        if (animate && live && node.isDetailed()) {
            play(node, Animations.shake(node, motion));
        }
    }

    private void stopAll(Node node) {
        stopPlaying(node);
        if (node instanceof InstanceNode i) {
            inWindow.remove(i);
            breath.remove(i.glyph());
            turn.remove(i.glyph());
            updateCues();
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

    /** Steps a cue only while someone can see it move; a cue that stops shows its resting look. */
    private void updateCues() {
        boolean can = attached && live && !motion.isReduced();
        run(breathing, breath, can && breath.size() > 0);
        run(turning, turn, can && turn.size() > 0);
    }

    private static void run(Ticker.Beat beat, Cue cue, boolean on) {
        if (on != beat.isRunning()) {
            beat.setRunning(on);
            if (!on) {
                cue.rest();
            }
        }
    }
}
