package io.dockyard.learn;

import io.dockyard.engine.api.ContainerProbe;

/**
 * One question a step's check needs answered by a {@link ContainerProbe}.
 *
 * @param kind      which probe
 * @param container container name or id
 * @param path      the file asked about, or empty for diff and top
 */
public record ProbeRequest(Kind kind, String container, String path) {
    /** The probes a check can ask for. */
    public enum Kind { DIFF, TOP, FILE }

    public ProbeRequest {
        path = path == null ? "" : path;
    }

    public static ProbeRequest diff(String container) {
        return new ProbeRequest(Kind.DIFF, container, "");
    }

    public static ProbeRequest top(String container) {
        return new ProbeRequest(Kind.TOP, container, "");
    }

    public static ProbeRequest file(String container, String path) {
        return new ProbeRequest(Kind.FILE, container, path);
    }

    /** Asks the probe; a failure becomes an answer that says so, so checks stay pure. */
    public ProbeAnswer ask(ContainerProbe probe) {
        try {
            return switch (kind) {
                case DIFF -> ProbeAnswer.lines(probe.diff(container));
                case TOP -> ProbeAnswer.lines(probe.top(container));
                case FILE -> ProbeAnswer.yesNo(probe.fileExists(container, path));
            };
        } catch (ContainerProbe.ProbeException e) {
            return ProbeAnswer.failed(e.getMessage());
        }
    }
}
