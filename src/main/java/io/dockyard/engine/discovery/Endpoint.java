package io.dockyard.engine.discovery;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The engine address Dockyard will connect to, and why it was chosen.
 *
 * @param host      {@code unix:///var/run/docker.sock}, {@code tcp://host:2376} or {@code npipe:////./pipe/docker_engine}
 * @param tlsVerify connect with TLS and verify the engine's certificate against {@code certPath/ca.pem}
 * @param certPath  folder holding {@code ca.pem}, {@code cert.pem} and {@code key.pem}, or null when none is used
 * @param source    a short label for the status bar: "--host", "DOCKER_HOST", "context prod", "default socket" …
 * @param reason    one sentence: why this address won
 * @param context   the docker context the address was read from, or null when none was
 */
public record Endpoint(String host, boolean tlsVerify, Path certPath, String source, String reason, String context) {
    public Endpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reason, "reason");
    }

    public Endpoint(String host, boolean tlsVerify, Path certPath, String source, String reason) {
        this(host, tlsVerify, certPath, source, reason, null);
    }
}
