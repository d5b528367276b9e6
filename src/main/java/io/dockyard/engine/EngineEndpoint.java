package io.dockyard.engine;

/**
 * Where the engine is and why that address was chosen.
 *
 * @param host       {@code unix:///var/run/docker.sock}, {@code tcp://host:2376} …
 * @param tlsVerify  whether to verify the engine with TLS
 * @param certPath   folder with ca.pem, cert.pem and key.pem, or null
 * @param source     short label for the status bar ("DOCKER_HOST", "default socket" …)
 * @param reason     one sentence on why this address won
 * @param apiVersion the API version to insist on ({@code DOCKER_API_VERSION}), or null to use the engine's
 */
public record EngineEndpoint(String host, boolean tlsVerify, String certPath, String source, String reason,
                             String apiVersion) {

    public EngineEndpoint(String host, boolean tlsVerify, String certPath, String source, String reason) {
        this(host, tlsVerify, certPath, source, reason, null);
    }

    public EngineEndpoint withApiVersion(String version) {
        return new EngineEndpoint(host, tlsVerify, certPath, source, reason, version);
    }
}
