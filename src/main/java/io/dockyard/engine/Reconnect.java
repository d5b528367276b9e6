package io.dockyard.engine;

import java.time.Duration;

/** How soon the feed tries again after losing its engine. Pure, so the schedule is tested as numbers. */
final class Reconnect {
    /** Back-off for an engine never reached, or for asking discovery again while a socket is watched. */
    private static final long[] BACKOFF_MS = {100, 250, 500, 1000, 2000, 3000};
    /** An engine that was live over the network is most likely restarting: ask often at first. */
    private static final long[] REMOTE_MS = {50, 100, 100, 200, 250};
    private static final Duration QUICK_FOR = Duration.ofSeconds(30);
    private static final Duration PATIENT_AFTER = Duration.ofMinutes(2);

    private Reconnect() {
    }

    /**
     * @param failures     attempts that failed since the connection was lost
     * @param lostFor      how long the engine has been gone
     * @param remoteWasLive true for a network endpoint that was live before (no socket to watch)
     */
    static long delayMs(int failures, Duration lostFor, boolean remoteWasLive) {
        if (!remoteWasLive) {
            return BACKOFF_MS[Math.min(failures, BACKOFF_MS.length - 1)];
        }
        if (lostFor.compareTo(QUICK_FOR) < 0) {
            return REMOTE_MS[Math.min(failures, REMOTE_MS.length - 1)];
        }
        return lostFor.compareTo(PATIENT_AFTER) < 0 ? 1000 : 3000;
    }

    /** How often a local socket is looked at while its engine is gone: a connect() call each time. */
    static long watchEveryMs(Duration lostFor) {
        if (lostFor.compareTo(QUICK_FOR) < 0) {
            return 50;
        }
        return lostFor.compareTo(PATIENT_AFTER) < 0 ? 250 : 1000;
    }
}
