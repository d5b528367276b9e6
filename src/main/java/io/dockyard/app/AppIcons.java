package io.dockyard.app;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Dockyard's icon at the sizes window systems ask for. The PNGs are rendered from
 * {@code assets/icon/dockyard.svg} (see {@code assets/icon/render.sh}) and copied beside this class.
 */
public final class AppIcons {

    /** The sizes kept in resources; the window system picks the closest one. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private static volatile List<Image> all;

    private AppIcons() {
    }

    /** All sizes, smallest first, loaded once. Needs the JavaFX toolkit to be running. */
    public static List<Image> all() {
        List<Image> icons = all;
        if (icons == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                loaded.add(load(size));
            }
            icons = List.copyOf(loaded);
            all = icons;
        }
        return icons;
    }

    /** The icon closest to {@code size} without being smaller, or the largest there is. */
    public static Image atLeast(int size) {
        for (Image icon : all()) {
            if (icon.getWidth() >= size) {
                return icon;
            }
        }
        return all().get(all().size() - 1);
    }

    /** Sets the window icon (task bar, title bar, Alt-Tab). */
    public static void applyTo(Stage stage) {
        stage.getIcons().setAll(all());
    }

    private static Image load(int size) {
        String name = "icons/dockyard-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("icon resource missing from the build: " + name);
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("icon resource unreadable: " + name, e);
        }
    }
}
