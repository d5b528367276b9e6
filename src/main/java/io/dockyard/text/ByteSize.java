package io.dockyard.text;

import java.util.Locale;

/**
 * Byte counts the way Docker prints them, in decimal units: {@code 999 B}, {@code 1.2 kB},
 * {@code 74.8 MB}, {@code 187 MB}. One decimal below 100 of a unit, none from 100 on. Every view
 * that shows a size (the yard, the inspector, the windows and dialogs, the lessons and the
 * engine's own outcome lines) uses this one, so the same layer reads the same everywhere.
 */
public final class ByteSize {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    /** The size as a person reads it; {@code "size unknown"} for a negative count (the engine did not say). */
    public static String human(long bytes) {
        if (bytes < 0) {
            return "size unknown";
        }
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        // 999_999 B is "1.0 MB", not "1000 kB": the step up is decided on the rounded number.
        while (value >= 999.5 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        String pattern = value >= 99.95 ? "%.0f %s" : "%.1f %s";
        return String.format(Locale.ROOT, pattern, value, UNITS[unit]);
    }
}
