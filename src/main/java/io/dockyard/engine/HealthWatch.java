package io.dockyard.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells a silent engine from an idle one. An engine that freezes (stopped by a signal, swapped
 * out, wedged) keeps its sockets open, so the event stream just goes quiet, exactly as it does
 * when nothing happens; only a request that gets no answer shows the difference. The feed pings
 * about once a second and hands each outcome here. Pure and single-threaded: tests feed it times.
 */
final class HealthWatch {
    /** How long the engine may go without answering a ping before the user is told. */
    static final Duration SILENT_AFTER = Duration.ofSeconds(3);

    private Instant lastAnswer;
    private boolean silent;

    HealthWatch(Instant now) {
        lastAnswer = now;
    }

    /** The engine answered now (a ping, or a fresh listing). */
    void answered(Instant now) {
        lastAnswer = now;
    }

    /**
     * A ping got an answer.
     *
     * @return true when this ends a silence that was reported
     */
    boolean pingAnswered(Instant now) {
        lastAnswer = now;
        boolean wasSilent = silent;
        silent = false;
        return wasSilent;
    }

    /**
     * A ping got no answer in time.
     *
     * @return when the engine last answered, once, when the silence has just become long enough
     *         to report; empty otherwise
     */
    Optional<Instant> pingUnanswered(Instant now) {
        if (silent || Duration.between(lastAnswer, now).compareTo(SILENT_AFTER) < 0) {
            return Optional.empty();
        }
        silent = true;
        return Optional.of(lastAnswer);
    }

    boolean silent() {
        return silent;
    }
}
