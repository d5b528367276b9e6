package io.dockyard.yard;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * The yard's camera: a translation and a scale on the world group. Screen = offset + zoom × world.
 * Pure arithmetic apart from the two transforms, so it can be driven by mouse, keys and tests alike.
 */
final class PanZoom {
    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 2.5;

    private final Translate offset = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);

    PanZoom(Node world) {
        world.getTransforms().setAll(offset, scale);
    }

    ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    double zoom() {
        return zoom.get();
    }

    double offsetX() {
        return offset.getX();
    }

    double offsetY() {
        return offset.getY();
    }

    void panBy(double dx, double dy) {
        offset.setX(offset.getX() + dx);
        offset.setY(offset.getY() + dy);
    }

    /** Zooms by {@code factor} keeping the world point under screen point (px, py) in place. */
    void zoomAt(double factor, double px, double py) {
        double old = zoom.get();
        double next = clamp(old * factor);
        double k = next / old;
        offset.setX(px - (px - offset.getX()) * k);
        offset.setY(py - (py - offset.getY()) * k);
        set(next);
    }

    /** Shows the world rectangle (x, y, w, h) whole inside a viewport of the given size. */
    void fit(double x, double y, double w, double h, double viewW, double viewH) {
        if (w <= 0 || h <= 0 || viewW <= 0 || viewH <= 0) {
            return;
        }
        double z = clamp(Math.min(1.0, Math.min(viewW / w, viewH / h) * 0.96)); // never magnify a small yard
        set(z);
        offset.setX((viewW - w * z) / 2 - x * z);
        offset.setY((viewH - h * z) / 2 - y * z);
    }

    /**
     * Frames the area like {@link #fit}, but never below {@code readable}: when the whole area
     * would only fit as outlines, it shows its top-left corner at a zoom where words can be read.
     */
    void frame(double x, double y, double w, double h, double viewW, double viewH, double readable) {
        fit(x, y, w, h, viewW, viewH);
        if (zoom.get() < readable && w > 0 && h > 0) {
            set(readable);
            offset.setX(Math.max((viewW - w * readable) / 2, 24) - x * readable);
            offset.setY(24 - y * readable);
        }
    }

    /** Puts the world point (wx, wy) at the centre of the viewport. */
    void centerOn(double wx, double wy, double viewW, double viewH) {
        offset.setX(viewW / 2 - wx * zoom.get());
        offset.setY(viewH / 2 - wy * zoom.get());
    }

    Point2D toWorld(double sx, double sy) {
        return new Point2D((sx - offset.getX()) / zoom.get(), (sy - offset.getY()) / zoom.get());
    }

    private void set(double z) {
        scale.setX(z);
        scale.setY(z);
        zoom.set(z);
    }

    private static double clamp(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }
}
