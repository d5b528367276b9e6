package io.dockyard.app.settings;

/**
 * Where the main window was and how big, so it opens the same way next time.
 * A position of {@code NaN} means "never placed": let the window system choose.
 *
 * @param x         left edge in screen coordinates, or {@code NaN}
 * @param y         top edge in screen coordinates, or {@code NaN}
 * @param width     width in pixels, positive
 * @param height    height in pixels, positive
 * @param maximized whether the window was maximized (the bounds are then the restored ones)
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {

    /** First start: a comfortable size, placed by the window system. */
    public static final WindowPlacement DEFAULT =
            new WindowPlacement(Double.NaN, Double.NaN, 1280, 800, false);

    public WindowPlacement {
        if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("window size must be positive: " + width + "x" + height);
        }
    }

    /** True when both coordinates are known, so the window can be moved there. */
    public boolean hasPosition() {
        return Double.isFinite(x) && Double.isFinite(y);
    }
}
