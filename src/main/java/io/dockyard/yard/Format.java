package io.dockyard.yard;

import io.dockyard.model.StatusText;

import java.time.Duration;
import java.time.Instant;

/** Ages and short ids the way Docker prints them; sizes are {@link io.dockyard.text.ByteSize}. */
public final class Format {
    private Format() {
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
