package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.SSLConfig;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import io.dockyard.engine.ssh.SshForwarder;
import io.dockyard.engine.ssh.SshTarget;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Makes docker-java clients for an endpoint. The only place that knows how docker-java is configured. */
public final class DockerClients {
    /** How long any single request may take before the UI is told the engine does not answer. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    /** How long a health ping waits for its answer. */
    public static final Duration PING_TIMEOUT = Duration.ofSeconds(1);

    private DockerClients() {
    }

    /** A client for ordinary requests: each one gives up after {@link #REQUEST_TIMEOUT}. */
    public static DockerClient forRequests(EngineEndpoint endpoint) {
        return open(endpoint, REQUEST_TIMEOUT);
    }

    /** A client for health pings, which must fail fast when the engine does not answer. */
    public static DockerClient forPings(EngineEndpoint endpoint) {
        return open(endpoint, PING_TIMEOUT);
    }

    /** A client for long streams (events, logs, pulls), which may stay quiet for minutes. */
    public static DockerClient forStreams(EngineEndpoint endpoint) {
        return open(endpoint, null);
    }

    private static DockerClient open(EngineEndpoint endpoint, Duration responseTimeout) {
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(endpoint.host())
                .withDockerTlsVerify(false)
                // our own discovery has read ~/.docker already; keep docker-java away from it so a
                // broken config.json cannot break the client
                .withDockerConfig(emptyConfigFolder().toString());
        if (endpoint.apiVersion() != null && !endpoint.apiVersion().isBlank()) {
            config.withApiVersion(endpoint.apiVersion().trim());
        }
        DefaultDockerClientConfig built = config.build();
        URI host = URI.create(endpoint.host());
        if ("ssh".equals(host.getScheme())) {
            return DockerClientImpl.getInstance(built, overSsh(endpoint, responseTimeout));
        }
        if (!endpoint.tlsVerify() && endpoint.certPath() != null && !endpoint.certPath().isBlank()
                && "tcp".equals(host.getScheme())) {
            return DockerClientImpl.getInstance(built, refusing(unverifiedTls(endpoint)));
        }
        TlsFiles tls = endpoint.tlsVerify() ? new TlsFiles(endpoint.certPath() == null || endpoint.certPath().isBlank()
                ? null : Path.of(endpoint.certPath())) : null;
        // TLS files are read on the first request, so that a broken one is a failed connection, not a crash
        LazyHttpClient http = new LazyHttpClient(
                () -> http(host, tls != null ? tls.verified() : isLocalSocket(host) ? NO_TLS : null, responseTimeout),
                failure -> worded(failure, tls, endpoint.host()), null);
        return DockerClientImpl.getInstance(built, http);
    }

    /**
     * TLS without verifying the engine (a context's SkipTLSVerify) is not offered: the connection would be
     * private from onlookers but not from an impostor, and docker-java would quietly fall back to plain HTTP.
     */
    private static String unverifiedTls(EngineEndpoint endpoint) {
        return (endpoint.context() != null ? "Context '" + endpoint.context() + "'" : "This engine") + " asks for TLS"
                + " without verifying the engine's certificate (SkipTLSVerify), which Dockyard does not do. Give it"
                + " the engine's CA: `docker context update " + (endpoint.context() != null ? endpoint.context()
                : "NAME") + " --docker host=" + endpoint.host() + ",ca=…,cert=…,key=…`.";
    }

    private static LazyHttpClient refusing(String words) {
        return new LazyHttpClient(() -> {
            throw new ConnectionProblem(words);
        }, failure -> failure, null);
    }

    /** An ssh engine, reached through a local socket whose every connection is one {@code ssh … dial-stdio}. */
    private static LazyHttpClient overSsh(EngineEndpoint endpoint, Duration responseTimeout) {
        SshForwarder forwarder = new SshForwarder(SshTarget.parse(endpoint.host(), endpoint.sshConfig()));
        return new LazyHttpClient(() -> {
            Path socket;
            try {
                socket = forwarder.start();
            } catch (java.io.IOException e) {
                throw new ConnectionProblem("Dockyard could not open its local socket for the ssh connection to "
                        + forwarder.target().login() + " (" + e.getMessage() + "). Check that the temporary folder "
                        + System.getProperty("java.io.tmpdir") + " is writable.", e);
            }
            return http(URI.create("unix://" + socket), NO_TLS, responseTimeout);
        }, failure -> forwarder.lastProblem() == null ? failure
                : new ConnectionProblem(forwarder.lastProblem(), failure), forwarder);
    }

    private static ZerodepDockerHttpClient http(URI host, SSLConfig ssl, Duration responseTimeout) {
        ZerodepDockerHttpClient.Builder b = new ZerodepDockerHttpClient.Builder()
                .dockerHost(host)
                .sslConfig(ssl)
                .connectionTimeout(CONNECT_TIMEOUT)
                .maxConnections(16);
        if (responseTimeout != null) {
            b.responseTimeout(responseTimeout);
        }
        return b.build();
    }

    private static RuntimeException worded(RuntimeException failure, TlsFiles tls, String host) {
        String words = tls == null ? null : tls.explain(failure, host);
        return words == null ? failure : new ConnectionProblem(words, failure);
    }

    /**
     * For sockets and pipes, which never speak TLS. Given no TLS settings, zerodep builds the JVM's
     * default TLS context anyway, reading the whole CA store: a tenth of a second at every start.
     * This context trusts nothing and is never used.
     */
    private static final SSLConfig NO_TLS = () -> {
        SSLContext unused = SSLContext.getInstance("TLS");
        unused.init(new KeyManager[0], new TrustManager[0], null);
        return unused;
    };

    /** The socket file of a {@code unix://} endpoint, or null for any other kind. */
    static Path unixSocket(EngineEndpoint endpoint) {
        URI host = URI.create(endpoint.host());
        return "unix".equals(host.getScheme()) && host.getPath() != null ? Path.of(host.getPath()) : null;
    }

    private static boolean isLocalSocket(URI host) {
        return "unix".equals(host.getScheme()) || "npipe".equals(host.getScheme());
    }

    private static Path emptyConfigFolder() {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "dockyard-docker-java-config");
            Files.createDirectories(dir);
            return dir;
        } catch (java.io.IOException e) {
            return Path.of(System.getProperty("java.io.tmpdir"));
        }
    }
}
