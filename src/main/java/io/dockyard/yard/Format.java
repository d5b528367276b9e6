package io.dockyard.yard;

import io.dockyard.model.StatusText;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Sizes and ages the way Docker prints them (decimal units: 187 MB, 1.2 kB). */
public final class Format {
    private Format() {
    }

    public static String size(long bytes) {
        if (bytes < 0) {
            return "size unknown";
        }
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String number = value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }

    /** "3 weeks", or "unknown" when the time is not known. */
    public static String age(Instant then, Instant now) {
        if (then == null || then.getEpochSecond() <= 0) {
            return "unknown age";
        }
        return StatusText.human(now.isBefore(then) ? Duration.ZERO : Duration.between(then, now));
    }

    /** A short image id as Docker shows it, with the {@code sha256:} prefix kept for images. */
    public static String digestShort(String id) {
        if (id == null) {
            return "";
        }
        return id.startsWith("sha256:") && id.length() > 19 ? id.substring(0, 19) : id;
    }
}
