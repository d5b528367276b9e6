package io.dockyard.engine;

/**
 * Where the engine is and why that address was chosen.
 *
 * @param host      {@code unix:///var/run/docker.sock}, {@code tcp://host:2376} …
 * @param tlsVerify whether to verify the engine with TLS
 * @param certPath  folder with ca.pem, cert.pem and key.pem, or null
 * @param source    short label for the status bar ("DOCKER_HOST", "default socket" …)
 * @param reason    one sentence on why this address won
 */
public record EngineEndpoint(String host, boolean tlsVerify, String certPath, String source, String reason) {
}
