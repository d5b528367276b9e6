package io.dockyard.yard;

import javafx.geometry.Rectangle2D;
import javafx.scene.transform.Transform;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Which nodes are drawn in full. Full detail only for nodes in or near the window at a readable
 * zoom; the others are outlines with their details out of the scene graph, and nodes outside the
 * window are not drawn at all, so the cost of a frame follows what is on screen, not the yard's size.
 */
final class LevelOfDetail {
    private final YardView view;
    private boolean readable = true;
    private boolean titles = true;
    private boolean everything;
    private List<Transform> savedCamera;

    LevelOfDetail(YardView view) {
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
        Instant now = view.clock().instant();
        for (YardNode n : allNodes()) {
            boolean onScreen = onScreen(n.modelId(), seen);
            n.setVisible(onScreen);
            boolean want = (readable || everything) && onScreen;
            n.setTitled(!want && titles && onScreen);
            if (n.isDetailed() != want) {
                n.setDetailed(want);
                if (n instanceof InstanceNode i) {
                    view.motion().detailChanged(i);
                    if (want) {
                        i.tick(now);
                    }
                }
            }
        }
        for (LinkLine l : view.links().values()) {
            YardNode from = view.instances().get(l.containerId());
            boolean onScreen = (from != null && from.isVisible()) || (l.target() != null && l.target().isVisible());
            l.setVisible(onScreen && (readable || everything || l.isHighlighted()));
        }
    }

    boolean wants(String id, Rectangle2D seen) {
        return (readable || everything) && onScreen(id, seen);
    }

    /** For export: every node in full and the camera off while {@code on}. */
    void showEverything(boolean on) {
        everything = on;
        if (on) {
            savedCamera = List.copyOf(view.world().getTransforms());
            view.world().getTransforms().clear();
        } else if (savedCamera != null) {
            view.world().getTransforms().setAll(savedCamera);
            savedCamera = null;
        }
        refresh();
    }

    /** The part of the world in the window, with a quarter window of margin; null before the first layout. */
    Rectangle2D visibleWorld() {
        double w = view.viewport().getWidth();
        double h = view.viewport().getHeight();
        if (w <= 0 || h <= 0) {
            return null;
        }
        PanZoom camera = view.camera();
        double z = camera.zoom();
        return new Rectangle2D((-camera.offsetX() - w / 4) / z, (-camera.offsetY() - h / 4) / z, 1.5 * w / z, 1.5 * h / z);
    }

    private boolean onScreen(String id, Rectangle2D seen) {
        YardLayout.Placement p = view.placement();
        Box b = p == null ? null : p.box(id);
        return seen == null || b == null || seen.intersects(b.x(), b.y(), b.width(), b.height());
    }

    private List<YardNode> allNodes() {
        List<YardNode> all = new ArrayList<>(view.blueprints().size() + view.instances().size()
                + view.placeholders().size());
        all.addAll(view.blueprints().values());
        all.addAll(view.placeholders().values());
        all.addAll(view.instances().values());
        return all;
    }
}
