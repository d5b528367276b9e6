package io.dockyard.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the engine is and why that address was chosen.
 *
 * @param host       {@code unix:///var/run/docker.sock}, {@code tcp://host:2376}, {@code ssh://me@host} …
 * @param tlsVerify  whether to verify the engine with TLS
 * @param certPath   folder with ca.pem, cert.pem and key.pem, or null
 * @param source     short label for the status bar ("DOCKER_HOST", "default socket" …)
 * @param reason     one sentence on why this address won
 * @param apiVersion the API version to insist on ({@code DOCKER_API_VERSION}), or null to use the engine's
 * @param context    the docker context the address came from, or null when none did
 * @param sshConfig  an ssh client configuration file given to {@code ssh -F} for {@code ssh://} engines, or
 *                   null for ssh's own ({@code ~/.ssh/config})
 */
public record EngineEndpoint(String host, boolean tlsVerify, String certPath, String source, String reason,
                             String apiVersion, String context, String sshConfig) {

    public EngineEndpoint(String host, boolean tlsVerify, String certPath, String source, String reason) {
        this(host, tlsVerify, certPath, source, reason, null);
    }

    public EngineEndpoint(String host, boolean tlsVerify, String certPath, String source, String reason,
                          String apiVersion) {
        this(host, tlsVerify, certPath, source, reason, apiVersion, null, null);
    }

    public EngineEndpoint withApiVersion(String version) {
        return new EngineEndpoint(host, tlsVerify, certPath, source, reason, version, context, sshConfig);
    }

    public EngineEndpoint withContext(String name) {
        return new EngineEndpoint(host, tlsVerify, certPath, source, reason, apiVersion, name, sshConfig);
    }

    /** The same endpoint, reached over ssh with the options in {@code file} ({@code ssh -F file}). */
    public EngineEndpoint withSshConfig(String file) {
        return new EngineEndpoint(host, tlsVerify, certPath, source, reason, apiVersion, context, file);
    }

    /**
     * The docker CLI flags that reach this engine: {@code --context NAME} for a context, else
     * {@code -H HOST} (with the TLS flags when TLS is verified), so that
     * {@code docker <flags> stop web} does in a terminal what Dockyard did.
     */
    public List<String> cliFlags() {
        if (context != null && !context.isBlank()) {
            return List.of("--context", context);
        }
        List<String> flags = new ArrayList<>(List.of("-H", host));
        if (tlsVerify && certPath != null && !certPath.isBlank()) {
            Path certs = Path.of(certPath);
            flags.addAll(List.of("--tlsverify", "--tlscacert", certs.resolve("ca.pem").toString(),
                    "--tlscert", certs.resolve("cert.pem").toString(), "--tlskey", certs.resolve("key.pem").toString()));
        }
        return List.copyOf(flags);
    }

    /** {@link #cliFlags()} as shell text, each word quoted when the shell would split or expand it. */
    public String cliFlagText() {
        return cliFlags().stream().map(EngineEndpoint::shellWord).collect(Collectors.joining(" "));
    }

    /** How open the way to this engine is, for the status bar. */
    public Exposure exposure() {
        URI uri;
        try {
            uri = URI.create(host);
        } catch (IllegalArgumentException e) {
            return Exposure.PRIVATE;
        }
        if (!"tcp".equalsIgnoreCase(uri.getScheme())) {
            return Exposure.PRIVATE;
        }
        if (tlsVerify) {
            return Exposure.PRIVATE;
        }
        if (certPath != null && !certPath.isBlank()) {
            return Exposure.UNVERIFIED_TLS;
        }
        return isLoopback(uri.getHost()) ? Exposure.PRIVATE : Exposure.PLAIN_NETWORK;
    }

    /** Whether a host name stands for this machine, judged by its text alone (no name lookup). */
    static boolean isLoopback(String hostName) {
        if (hostName == null) {
            return false;
        }
        String h = hostName.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static String shellWord(String word) {
        return word.matches("[A-Za-z0-9_./:@=+,%-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
