package io.dockyard.app;

import io.dockyard.motion.Motion;

/**
 * Who asks for reduced motion: the menu (saved in the settings), the desktop, and
 * {@code -Ddockyard.motion}. Motion is reduced if any of them asks; otherwise the property may
 * still choose a speed ({@code slow}).
 *
 * @param menu    the menu's "Reduce motion", as saved
 * @param desktop the desktop switched its animations off
 * @param property the value of {@code -Ddockyard.motion}, empty when not set
 */
record MotionPreference(boolean menu, boolean desktop, String property) {
    static MotionPreference fromSystem(boolean menu) {
        return new MotionPreference(menu, false, System.getProperty("dockyard.motion", ""));
    }

    /** True when the desktop or the command line asks for reduced motion, which the menu cannot undo. */
    boolean imposed() {
        return desktop || Motion.named(property).isReduced();
    }

    boolean reduced() {
        return menu || imposed();
    }

    Motion motion() {
        return reduced() ? Motion.NONE : Motion.named(property);
    }

    MotionPreference withMenu(boolean on) {
        return new MotionPreference(on, desktop, property);
    }

    MotionPreference withDesktop(boolean on) {
        return new MotionPreference(menu, on, property);
    }
}
