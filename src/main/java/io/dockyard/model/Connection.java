package io.dockyard.model;

import java.time.Instant;

/**
 * How Dockyard is connected to the engine, for the status bar and the no-engine screen.
 *
 * @param status   the phase
 * @param endpoint the engine address, {@code unix:///var/run/docker.sock}
 * @param source   which setting chose that address ("DOCKER_HOST", "default socket" …)
 * @param reason   why that setting won, in a sentence, with any warning met on the way
 * @param detail   the latest problem in words for people, or empty
 * @param silentSince while {@link Status#UNRESPONSIVE}: when the engine last answered; otherwise null
 * @param exposure how open the way to the engine is, in words for the status bar ("unencrypted and
 *                 unauthenticated"), or empty when nothing needs saying
 */
public record Connection(Status status, String endpoint, String source, String reason, String detail,
                         Instant silentSince, String exposure) {
    /**
     * Connection phases, in the order a start normally goes through them. {@code UNRESPONSIVE} is a
     * connection that is still open but gets no answers (a frozen or overloaded engine).
     */
    public enum Status { CONNECTING, LIVE, UNRESPONSIVE, RECONNECTING, NO_ENGINE }

    public Connection {
        endpoint = endpoint == null ? "" : endpoint;
        source = source == null ? "" : source;
        reason = reason == null ? "" : reason;
        detail = detail == null ? "" : detail;
        silentSince = status == Status.UNRESPONSIVE ? silentSince : null;
        exposure = exposure == null ? "" : exposure;
    }

    public Connection(Status status, String endpoint, String source, String reason, String detail,
                      Instant silentSince) {
        this(status, endpoint, source, reason, detail, silentSince, "");
    }

    public Connection(Status status, String endpoint, String source, String reason, String detail) {
        this(status, endpoint, source, reason, detail, null);
    }

    public Connection(Status status, String endpoint, String source, String detail) {
        this(status, endpoint, source, "", detail);
    }

    public static Connection connecting(String endpoint, String source) {
        return new Connection(Status.CONNECTING, endpoint, source, "");
    }

    public Connection with(Status newStatus, String newDetail) {
        return new Connection(newStatus, endpoint, source, reason, newDetail, null, exposure);
    }

    /** The same connection, with the words on how open the way to the engine is. */
    public Connection withExposure(String words) {
        return new Connection(status, endpoint, source, reason, detail, silentSince, words);
    }

    /** The same connection, now getting no answers; the engine last answered at {@code since}. */
    public Connection silent(Instant since) {
        return new Connection(Status.UNRESPONSIVE, endpoint, source, reason, "", since, exposure);
    }
}
