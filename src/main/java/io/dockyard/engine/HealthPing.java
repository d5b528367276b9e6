package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The feed's health ping: about once a second while live (five times a second while the engine is
 * silent), on the health thread, since a frozen engine keeps the ping waiting for up to a second.
 * {@link HealthWatch} judges each outcome on the control thread, which says when the engine has
 * gone silent and when it answers again.
 */
final class HealthPing {
    private static final Duration PING_EVERY = Duration.ofSeconds(1);
    /** While the engine is silent it is pinged this often, so that it is listed soon after it wakes. */
    private static final Duration PING_WHILE_SILENT = Duration.ofMillis(200);

    private final Clock clock;
    private final Executor control;
    private final Consumer<Instant> wentSilent;
    private final Runnable answersAgain;
    /** Set while live: the health thread pings through it; null while there is nothing to ping. */
    private volatile EngineClient pinging;
    /** Whether a silence has been reported: the health thread then pings more often. */
    private volatile boolean silent;
    /** Health thread only: when it last pinged. */
    private long lastPing;
    /** Control thread only. */
    private HealthWatch watch;

    /**
     * @param control      the feed's control thread, where outcomes are judged
     * @param wentSilent   told (on the control thread) when the engine last answered, once it has been silent long enough
     * @param answersAgain told (on the control thread) when a silent engine answers again
     */
    HealthPing(Clock clock, Executor control, Consumer<Instant> wentSilent, Runnable answersAgain) {
        this.clock = clock;
        this.control = control;
        this.wentSilent = wentSilent;
        this.answersAgain = answersAgain;
    }

    void start(ScheduledExecutorService health) {
        health.scheduleWithFixedDelay(this::ping, PING_WHILE_SILENT.toMillis(), PING_WHILE_SILENT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Control thread: the engine is live through this client; ping it. */
    void live(EngineClient client) {
        watch = new HealthWatch(clock.instant());
        silent = false;
        pinging = client;
    }

    /** Control thread: the connection is gone; nothing to ping until it is live again. */
    void stopped() {
        pinging = null;
    }

    /** Control thread: the engine just said something (an event), so it is not silent. */
    void answered() {
        if (watch != null) {
            watch.answered(clock.instant());
        }
    }

    private void ping() {
        EngineClient target = pinging;
        long now = System.nanoTime();
        if (target == null || (!silent && now - lastPing < PING_EVERY.toNanos())) {
            return;
        }
        lastPing = now;
        boolean answered = target.ping();
        Instant at = clock.instant();
        control.execute(() -> judge(target, answered, at));
    }

    private void judge(EngineClient target, boolean answered, Instant at) {
        if (target != pinging) {
            return; // a ping from before a reconnect
        }
        if (!answered) {
            watch.pingUnanswered(at).ifPresent(wentSilent);
            silent = watch.silent();
        } else if (watch.pingAnswered(at)) {
            silent = false;
            answersAgain.run();
        }
    }
}
