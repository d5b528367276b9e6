package io.dockyard.model;

import java.time.Instant;

/**
 * One sample of {@code docker stats}.
 *
 * @param time        when the engine took it
 * @param cpuPercent  as {@code docker stats} shows it: 100 is one full core
 * @param memoryBytes memory in use, page cache left out
 * @param memoryLimit the container's memory limit (the host's memory when unlimited)
 */
public record StatsSample(Instant time, double cpuPercent, long memoryBytes, long memoryLimit) {
}
