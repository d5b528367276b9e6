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

    /** A screen's usable area (without task bars), in screen coordinates. */
    public record Area(double x, double y, double width, double height) {
        boolean holds(double left, double top, double w, double h) {
            return left >= x && top >= y && left + w <= x + width && top + h <= y + height;
        }
    }

    /**
     * Where the window opens on the screens there are now: the saved bounds when they lie wholly
     * on one screen; otherwise centred on the primary screen, no larger than it. A placement never
     * made is sized to fit and left to the window system.
     *
     * @param screens every screen's usable area
     * @param primary the primary screen's usable area
     */
    public WindowPlacement onto(java.util.List<Area> screens, Area primary) {
        if (hasPosition() && screens.stream().anyMatch(s -> s.holds(x, y, width, height))) {
            return this;
        }
        double w = Math.min(width, primary.width());
        double h = Math.min(height, primary.height());
        if (!hasPosition()) {
            return new WindowPlacement(Double.NaN, Double.NaN, w, h, maximized);
        }
        return new WindowPlacement(primary.x() + (primary.width() - w) / 2, primary.y() + (primary.height() - h) / 2,
                w, h, maximized);
    }
}
