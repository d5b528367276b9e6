package io.dockyard.learn;

import java.util.List;

/**
 * What a probe said.
 *
 * @param ok     false when the engine could not answer (the container is gone, not running …)
 * @param lines  diff or top lines; for a file probe one line, {@code yes} or {@code no}
 * @param reason the engine's words when not ok
 */
public record ProbeAnswer(boolean ok, List<String> lines, String reason) {
    public ProbeAnswer {
        lines = List.copyOf(lines);
        reason = reason == null ? "" : reason;
    }

    public static ProbeAnswer lines(List<String> lines) {
        return new ProbeAnswer(true, lines, "");
    }

    public static ProbeAnswer yesNo(boolean yes) {
        return new ProbeAnswer(true, List.of(yes ? "yes" : "no"), "");
    }

    public static ProbeAnswer failed(String reason) {
        return new ProbeAnswer(false, List.of(), reason);
    }

    /** True when some line contains the text. */
    public boolean mentions(String text) {
        return ok && lines.stream().anyMatch(l -> l.contains(text));
    }

    public boolean yes() {
        return ok && lines.equals(List.of("yes"));
    }

    public boolean no() {
        return ok && lines.equals(List.of("no"));
    }
}
