package io.dockyard.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to measure the volumes again ({@code GET /system/df}, which walks every volume's files):
 * once right after the first picture, then once a minute, and a few seconds after volume events,
 * when the burst has settled, but never sooner than {@link #GAP} after the last one, so that
 * containers starting and stopping all the time do not keep the engine walking disks. Never two at
 * once. Pure and single-threaded: tests feed it times.
 */
final class SizeSchedule {
    static final Duration EVERY = Duration.ofMinutes(1);
    static final Duration SETTLE = Duration.ofSeconds(5);
    static final Duration GAP = Duration.ofSeconds(15);

    private boolean listed;
    private boolean running;
    private Instant lastRun;
    private Instant lastEvent;

    /** A resync has been handed on: sizes may be measured from now on. */
    void resynced() {
        listed = true;
    }

    /** A volume was made, removed, mounted or unmounted. */
    void volumeEvent(Instant at) {
        lastEvent = at;
    }

    /** When the next measurement is due; empty while one runs or before the first resync. */
    Optional<Instant> due() {
        if (!listed || running) {
            return Optional.empty();
        }
        if (lastRun == null) {
            return Optional.of(Instant.MIN);
        }
        Instant periodic = lastRun.plus(EVERY);
        if (lastEvent != null) {
            Instant settled = later(lastEvent.plus(SETTLE), lastRun.plus(GAP));
            return Optional.of(settled.isBefore(periodic) ? settled : periodic);
        }
        return Optional.of(periodic);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A measurement starts now; the events before it are covered by it. */
    void started(Instant at) {
        running = true;
        lastRun = at;
        lastEvent = null;
    }

    /** It answered or failed. */
    void finished() {
        running = false;
    }
}
