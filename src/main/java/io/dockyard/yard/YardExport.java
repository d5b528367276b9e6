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
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The yard as a PNG: what the window shows, or the whole yard at full detail. Snapshots must be
 * taken on the FX thread; {@link #writePng(Image, File)} may run anywhere (the app can hand it to a
 * background executor). Wiring: {@code new YardExport(yard).exportView(file)} from a menu item.
 */
public final class YardExport {
    /** The whole yard is scaled down so that the image stays below this many pixels. */
    public static final double MAX_PIXELS = 16_000_000;

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
            p.setViewport(new Rectangle2D(placement.bounds().x() * scale, placement.bounds().y() * scale,
                    w * scale, h * scale));
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

    /**
     * Two menu entries, "Export view as PNG…" and "Export whole yard as PNG…", each asking for a file.
     * The snapshot is taken on the FX thread; the PNG is encoded and written on {@code background}
     * (the whole yard, up to {@link #MAX_PIXELS}, takes seconds), so the window stays responsive. A
     * failure is shown, through {@code ui}, in words with what to try next.
     */
    public javafx.scene.control.MenuItem[] menuItems(javafx.stage.Window owner, Executor background, Executor ui) {
        javafx.scene.control.MenuItem view = new javafx.scene.control.MenuItem("Export view as PNG…");
        view.setId("export-view");
        view.setOnAction(e -> choose(owner, "dockyard-view.png")
                .ifPresent(f -> save(owner, this::snapshotView, f, background, ui)));
        javafx.scene.control.MenuItem whole = new javafx.scene.control.MenuItem("Export whole yard as PNG…");
        whole.setId("export-yard");
        whole.setOnAction(e -> choose(owner, "dockyard-yard.png")
                .ifPresent(f -> save(owner, this::snapshotWholeYard, f, background, ui)));
        return new javafx.scene.control.MenuItem[] {view, whole};
    }

    private static java.util.Optional<File> choose(javafx.stage.Window owner, String name) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the yard as PNG");
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG image", "*.png"));
        return java.util.Optional.ofNullable(chooser.showSaveDialog(owner));
    }

    /** Takes the snapshot now (FX thread) and writes it on {@code background}. */
    static void save(javafx.stage.Window owner, Supplier<WritableImage> snapshot, File target,
                             Executor background, Executor ui) {
        WritableImage image;
        try {
            image = snapshot.get();
        } catch (RuntimeException failed) {
            showFailure(owner, target, failed);
            return;
        }
        background.execute(() -> {
            try {
                writePng(image, target);
            } catch (IOException | RuntimeException failed) {
                ui.execute(() -> showFailure(owner, target, failed));
            }
        });
    }

    private static void showFailure(javafx.stage.Window owner, File target, Exception failed) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setHeaderText("The yard could not be saved to " + target);
        alert.setContentText(failed.getMessage() + "\n\nCheck that the folder exists and is writable, or pick another file.");
        alert.show();
    }

    public static void writePng(Image image, File target) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target)) {
            throw new IOException("No PNG writer is available to write " + target);
        }
    }
}
