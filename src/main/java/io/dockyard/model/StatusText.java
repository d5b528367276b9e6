package io.dockyard.model;

import java.time.Duration;
import java.time.Instant;

/** Words a container's state the way {@code docker ps} does: "Up 3 minutes", "Exited (137) 2 hours ago". */
public final class StatusText {
    private StatusText() {
    }

    public static String describe(ContainerInstance c, Instant now) {
        return switch (c.state()) {
            case CREATED -> "Created";
            case RUNNING -> "Up " + human(since(c.started(), now)) + healthSuffix(c);
            case PAUSED -> "Up " + human(since(c.started(), now)) + " (Paused)";
            case RESTARTING -> "Restarting (" + c.exitCode() + ") " + human(since(c.finished(), now)) + " ago";
            case REMOVING -> "Removal In Progress";
            case EXITED -> "Exited (" + c.exitCode() + ") " + human(since(c.finished(), now)) + " ago";
            case DEAD -> "Dead";
        };
    }

    private static String healthSuffix(ContainerInstance c) {
        if (c.health().isEmpty()) {
            return "";
        }
        // Docker spells out "starting"; healthy and unhealthy are clear on their own
        return "starting".equals(c.health()) ? " (health: starting)" : " (" + c.health() + ")";
    }

    private static Duration since(Instant then, Instant now) {
        if (then == null || now.isBefore(then)) {
            return Duration.ZERO;
        }
        return Duration.between(then, now);
    }

    /** Docker's units (go-units HumanDuration): seconds, minutes, hours, days, weeks, months, years. */
    public static String human(Duration d) {
        long s = d.getSeconds();
        if (s < 1) {
            return "Less than a second";
        } else if (s == 1) {
            return "1 second";
        } else if (s < 60) {
            return s + " seconds";
        }
        long m = d.toMinutes();
        if (m == 1) {
            return "About a minute";
        } else if (m < 60) {
            return m + " minutes";
        }
        long h = Math.round(d.toMinutes() / 60.0);
        if (h == 1) {
            return "About an hour";
        } else if (h < 48) {
            return h + " hours";
        } else if (h < 24 * 7 * 2) {
            return h / 24 + " days";
        } else if (h < 24 * 30 * 2) {
            return h / 24 / 7 + " weeks";
        } else if (h < 24 * 365 * 2) {
            return h / 24 / 30 + " months";
        }
        return h / 24 / 365 + " years";
    }
}
