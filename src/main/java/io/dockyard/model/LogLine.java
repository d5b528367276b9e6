package io.dockyard.model;

import java.time.Instant;

/**
 * One line of {@code docker logs}.
 *
 * @param time   when the engine received it, or null for a line Dockyard adds itself
 * @param stderr whether it came from standard error
 * @param text   the line, without its line break
 */
public record LogLine(Instant time, boolean stderr, String text) {
}
