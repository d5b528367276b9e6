package io.dockyard.motion;

import javafx.util.Duration;

/**
 * How long things take on the yard. One value shared by every animation factory, so that a
 * reduced-motion setting (or a test) turns all movement off in one place: with {@link #NONE} every
 * factory still returns an animation, but one of zero length that lands on the final look at once.
 */
public final class Motion {
    /** Normal speed. */
    public static final Motion STANDARD = new Motion(1.0);
    /** No movement: reduced motion, tests. */
    public static final Motion NONE = new Motion(0.0);
    private static final Motion SLOW = new Motion(3.0);

    private final double scale;

    private Motion(double scale) {
        this.scale = scale;
    }

    /** Reads {@code -Ddockyard.motion=reduced|off|slow}; standard otherwise. */
    public static Motion fromSystemProperties() {
        return named(System.getProperty("dockyard.motion", ""));
    }

    /** {@code reduced}, {@code off} or {@code none}: no movement; {@code slow}: three times slower; else standard. */
    public static Motion named(String value) {
        return switch (value) {
            case "reduced", "off", "none" -> NONE;
            case "slow" -> SLOW;
            default -> STANDARD;
        };
    }

    public boolean isReduced() {
        return scale == 0.0;
    }

    /** An instance emerging from its blueprint. */
    public Duration create() {
        return ms(420);
    }

    /** An instance coming alive on start. */
    public Duration start() {
        return ms(320);
    }

    /** An instance fading when its process dies. */
    public Duration die() {
        return ms(500);
    }

    /** An instance dissolving when it is removed. */
    public Duration destroy() {
        return ms(450);
    }

    /** A blueprint drawing itself in after a pull or build. */
    public Duration drawIn() {
        return ms(700);
    }

    /**
     * One step of the ambient cues (running, restarting), in milliseconds: four a second at most,
     * so that a yard where nothing happens costs a few small repaints a second, not sixty frames.
     */
    public long cueStepMillis() {
        return Math.round(250 * scale);
    }

    private Duration ms(double millis) {
        return Duration.millis(millis * scale);
    }
}
