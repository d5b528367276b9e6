package io.dockyard.engine.discovery;

import java.util.Objects;

/**
 * One place discovery looked, in the docker CLI's order, and what it found there.
 *
 * @param source  the step or socket label: "--host", "DOCKER_HOST", "context", "default socket" …
 * @param host    the address looked at, or empty when the step had nothing set
 * @param outcome what happened, in words: "not set", "answers", "no such file" …
 */
public record Attempt(String source, String host, String outcome) {
    public Attempt {
        Objects.requireNonNull(source, "source");
        host = host == null ? "" : host;
        Objects.requireNonNull(outcome, "outcome");
    }

    /** One line for people: {@code default socket unix:///var/run/docker.sock: no such file}. */
    public String describe() {
        return source + (host.isEmpty() ? "" : " " + host) + ": " + outcome;
    }
}
