package io.dockyard.yard;

import javafx.geometry.Rectangle2D;
import javafx.scene.transform.Transform;

import java.time.Instant;
import java.util.List;

/**
 * Which nodes are drawn in full. Full detail only for nodes in or near the window at a readable
 * zoom; the others are outlines with their details out of the scene graph, and nodes and links
 * outside the window are out of the scene graph altogether ({@link Culling}), so the cost of a
 * frame follows what is on screen, not the yard's size.
 */
final class LevelOfDetail {
    private final YardScene view;
    private boolean readable = true;
    private boolean titles = true;
    private boolean everything;
    private List<Transform> savedCamera;

    LevelOfDetail(YardScene view) {
        this.view = view;
    }

    /** True when the zoom is high enough to read the nodes. */
    boolean readable() {
        return readable;
    }

    void setReadable(boolean on) {
        readable = on;
    }

    /** Between readable and tiny: names in large letters. */
    void setTitles(boolean on) {
        titles = on;
    }

    void refresh() {
        Rectangle2D seen = everything ? null : visibleWorld();
        Rectangle2D window = everything ? null : windowWorld();
        Instant now = view.clock.instant();
        boolean culls = view.culls();
        for (YardNode n : view.allNodes()) {
            Box b = n.box();
            boolean onScreen = meets(b, seen);
            n.setInView(onScreen);
            // out of view: hidden in a small yard, out of the scene graph in a large one; frames
            // (a handful, under everything) are only hidden
            n.setVisible(onScreen || culls && !(n instanceof ProjectFrame));
            if (!(n instanceof ProjectFrame)) {
                view.culling.want(n, onScreen || !culls);
            }
            boolean want = (readable || everything) && onScreen;
            n.setTitled(!want && titles && onScreen);
            boolean changed = n.isDetailed() != want;
            if (changed) {
                n.setDetailed(want);
            }
            if (n instanceof InstanceNode i) {
                // the cues step only where they can be seen: in full, inside the window itself
                view.motion.seen(i, want && !everything && meets(b, window));
                if (changed && want) {
                    i.tick(now);
                }
            }
        }
        // every link that means something stays at every zoom (CSS thins them out): only off-screen ones go
        for (LinkLine l : view.edges.values()) {
            boolean onScreen = l.target() != null && (l.from().inView() || l.target().inView());
            l.setVisible(l.target() != null && (culls || onScreen));
            view.culling.want(l, onScreen || !culls);
        }
        view.culling.commit(everything || !culls);
        for (LinkLine l : view.edges.values()) {
            l.setLabelShown(readable || everything);
        }
    }

    /** Whether a node in box {@code b} belongs in the scene graph now. */
    boolean inView(Box b) {
        Rectangle2D seen = everything ? null : visibleWorld();
        return seen == null || seen.intersects(b.x(), b.y(), b.width(), b.height());
    }

    boolean wants(Box b) {
        Rectangle2D seen = everything ? null : visibleWorld();
        return (readable || everything) && (seen == null || seen.intersects(b.x(), b.y(), b.width(), b.height()));
    }

    /** Once a second: the clock-driven status words of the instances drawn in full. */
    void tick() {
        if (!readable) {
            return;
        }
        Instant now = view.clock.instant();
        for (YardNode n : view.nodes.values()) {
            if (n instanceof InstanceNode i && i.isDetailed()) {
                i.tick(now);
            }
        }
    }

    /** For export: every node in full and the camera off while {@code on}. */
    void showEverything(boolean on) {
        everything = on;
        if (on) {
            savedCamera = List.copyOf(view.world.getTransforms());
            view.world.getTransforms().clear();
        } else if (savedCamera != null) {
            view.world.getTransforms().setAll(savedCamera);
            savedCamera = null;
        }
        refresh();
    }

    /** The part of the world in the window, with a quarter window of margin; null before the first layout. */
    Rectangle2D visibleWorld() {
        return world(0.25);
    }

    /** The part of the world in the window itself; null before the first layout. */
    Rectangle2D windowWorld() {
        return world(0);
    }

    private Rectangle2D world(double margin) {
        double w = view.viewport.getWidth();
        double h = view.viewport.getHeight();
        if (w <= 0 || h <= 0) {
            return null;
        }
        PanZoom camera = view.camera;
        double z = camera.zoom();
        return new Rectangle2D((-camera.offsetX() - w * margin) / z, (-camera.offsetY() - h * margin) / z,
                (1 + 2 * margin) * w / z, (1 + 2 * margin) * h / z);
    }

    /** Whether box {@code b} meets the area {@code seen}; no area or no box means it does. */
    private static boolean meets(Box b, Rectangle2D seen) {
        return seen == null || b == null || seen.intersects(b.x(), b.y(), b.width(), b.height());
    }
}
