package io.dockyard.yard;

import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which yard nodes and links are in the scene graph: only those in or near the window. One out of
 * the scene graph costs no CSS, layout, bounds or painting, so the cost of a frame follows what is
 * on screen, not the yard's size; it stays in the registries (its id, selection, highlight, the
 * links that follow it) and comes back when the camera comes near.
 *
 * <p>A node's first entry is its costly moment: JavaFX matches every stylesheet against each new
 * id once. In a large yard they go in a few dozen at a time under a time budget per pulse, so
 * that zooming out to thousands, or panning across them, fills the picture in over a few frames
 * instead of stalling one. A small yard (most yards, most test yards) is not culled at all.
 */
final class Culling {
    /** A yard of up to this many nodes is not culled (see {@link YardScene#culls()}). */
    static final int SMALL_YARD = 300;
    private static final long BUDGET_NANOS = 8_000_000;
    private static final int CHUNK = 40;

    private final Pane nodesLayer;
    private final Pane linksLayer;
    private final Set<Node> leaving = new HashSet<>();
    private final Set<Node> waiting = new LinkedHashSet<>();
    private final AnimationTimer backlog = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drain(false);
        }
    };

    Culling(Pane nodesLayer, Pane linksLayer) {
        this.nodesLayer = nodesLayer;
        this.linksLayer = linksLayer;
    }

    /** Asks for a node (or a link, with its label) in the scene graph or out of it; {@link #commit} does it. */
    void want(Node n, boolean in) {
        Pane layer = n instanceof LinkLine ? linksLayer : nodesLayer;
        mark(n, layer, in);
        if (n instanceof LinkLine l && l.hasLabel()) {
            mark(l.label(), linksLayer, in);
        }
    }

    private void mark(Node n, Pane layer, boolean in) {
        boolean there = n.getParent() == layer;
        if (in && !there) {
            waiting.add(n);
        } else if (!in) {
            waiting.remove(n);
            if (there) {
                leaving.add(n);
            }
        }
    }

    /** The node left the yard: it is not to come back. */
    void forget(Node n) {
        waiting.remove(n);
        if (n instanceof LinkLine l && l.hasLabel()) {
            waiting.remove(l.label());
        }
    }

    /**
     * Takes out what is not wanted, then puts in what is: all of it when {@code all} or nothing is
     * drawn yet, else within the budget of this pulse and the next ones.
     */
    void commit(boolean all) {
        if (!leaving.isEmpty()) {
            nodesLayer.getChildren().removeAll(leaving);
            linksLayer.getChildren().removeAll(leaving);
            leaving.clear();
        }
        drain(all || nodesLayer.getChildren().isEmpty()); // a first picture comes whole
    }

    private void drain(boolean all) {
        long start = System.nanoTime();
        while (!waiting.isEmpty() && (all || System.nanoTime() - start < BUDGET_NANOS)) {
            List<Node> nodes = new ArrayList<>();
            List<Node> links = new ArrayList<>();
            Iterator<Node> it = waiting.iterator();
            for (int i = 0; it.hasNext() && (all || i < CHUNK); i++) {
                Node n = it.next();
                it.remove();
                (n instanceof YardNode ? nodes : links).add(n);
            }
            nodesLayer.getChildren().addAll(nodes);
            linksLayer.getChildren().addAll(links);
        }
        if (waiting.isEmpty()) {
            backlog.stop();
        } else {
            backlog.start();
        }
    }
}
