package io.dockyard.yard;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;

/**
 * The yard as a PNG: what the window shows, or the whole yard at full detail. Snapshots must be
 * taken on the FX thread; {@link #writePng(Image, File)} may run anywhere (the app can hand it to a
 * background executor). Wiring: {@code new YardExport(yard).exportView(file)} from a menu item.
 */
public final class YardExport {
    /** The whole yard is scaled down so that the image stays below this many pixels. */
    public static final double MAX_PIXELS = 24_000_000;

    private final YardView yard;

    public YardExport(YardView yard) {
        this.yard = yard;
    }

    /** What the yard shows right now, chrome (filter, minimap) left out. FX thread. */
    public WritableImage snapshotView() {
        SnapshotParameters p = new SnapshotParameters();
        return yard.viewport().snapshot(p, null);
    }

    /** Every blueprint and instance at full detail, whatever the zoom. FX thread. */
    public WritableImage snapshotWholeYard() {
        YardLayout.Placement placement = yard.placement();
        if (placement == null) {
            return snapshotView();
        }
        double w = yard.contentWidth();
        double h = placement.height();
        double scale = Math.min(1.0, Math.sqrt(MAX_PIXELS / (w * h)));
        yard.showEverything(true);
        try {
            SnapshotParameters p = new SnapshotParameters();
            p.setTransform(new Scale(scale, scale));
            p.setViewport(new Rectangle2D(0, 0, w * scale, h * scale));
            p.setFill(javafx.scene.paint.Color.TRANSPARENT);
            return yard.world().snapshot(p, null);
        } finally {
            yard.showEverything(false);
        }
    }

    public void exportView(File target) throws IOException {
        writePng(snapshotView(), target);
    }

    public void exportWholeYard(File target) throws IOException {
        writePng(snapshotWholeYard(), target);
    }

    public static void writePng(Image image, File target) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target)) {
            throw new IOException("No PNG writer is available to write " + target);
        }
    }
}
