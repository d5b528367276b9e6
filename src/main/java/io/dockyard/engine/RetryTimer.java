package io.dockyard.engine;

import io.dockyard.engine.discovery.UnixSocketProbe;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Plans the feed's next attempt to connect, on the control thread, by {@link Reconnect}'s schedule.
 * An engine that was live is asked again quickly, since it is most likely restarting; its local
 * socket is watched between attempts, which costs one connect() call each time, and the feed
 * connects as soon as the engine answers on it.
 */
final class RetryTimer {
    private static final UnixSocketProbe SOCKET_WATCH = new UnixSocketProbe(Duration.ofMillis(300));

    private final Clock clock;
    private final BiConsumer<Long, Runnable> later;
    private final Runnable connect;
    private final BooleanSupplier closed;
    private Instant lostAt;
    private int failures;

    /**
     * @param later   runs a task on the control thread after so many milliseconds
     * @param connect the attempt
     * @param closed  true once the feed is closed: nothing more is tried
     */
    RetryTimer(Clock clock, BiConsumer<Long, Runnable> later, Runnable connect, BooleanSupplier closed) {
        this.clock = clock;
        this.later = later;
        this.connect = connect;
        this.closed = closed;
    }

    /** Connected: the next loss starts the schedule from the beginning. */
    void connected() {
        failures = 0;
        lostAt = null;
    }

    /** A live connection was just lost. */
    void lost() {
        failures = 0;
        lostAt = clock.instant();
    }

    /** Plans the next attempt after a failed one (or after a loss). */
    void retry(EngineEndpoint endpoint, boolean wasLive) {
        if (lostAt == null) {
            lostAt = clock.instant();
        }
        Duration lostFor = Duration.between(lostAt, clock.instant());
        Path socket = wasLive ? DockerClients.unixSocket(endpoint) : null;
        long delay = Reconnect.delayMs(failures++, lostFor, wasLive && socket == null);
        if (socket == null) {
            later.accept(delay, connect);
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
        long every = Reconnect.watchEveryMs(lostFor);
        later.accept(every, () -> watchSocket(socket, deadline, every));
    }

    /** Connects once the socket answers, or at the deadline (which asks discovery again). */
    private void watchSocket(Path socket, long deadline, long every) {
        if (closed.getAsBoolean()) {
            return;
        }
        if (System.nanoTime() - deadline >= 0 || SOCKET_WATCH.problem(socket).isEmpty()) {
            connect.run();
            return;
        }
        later.accept(every, () -> watchSocket(socket, deadline, every));
    }
}
