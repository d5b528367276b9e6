package io.dockyard.engine;

import io.dockyard.engine.discovery.ContextCatalog;
import io.dockyard.engine.discovery.ContextEntry;
import io.dockyard.engine.discovery.SocketProbe;
import io.dockyard.engine.discovery.TypedAddress;
import io.dockyard.engine.discovery.UnixSocketProbe;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The engines the user can pick from: their docker contexts, and addresses they type. */
public final class EngineCatalog {
    private EngineCatalog() {
    }

    /**
     * Every docker context of this user, "default" first, read afresh from {@code DOCKER_CONFIG}
     * (default {@code ~/.docker}) on every call. Pings local sockets: call it off the UI thread.
     */
    public static List<KnownEngine> list() {
        return list(new ContextCatalog(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name"), new UnixSocketProbe()), System.getenv().get("DOCKER_API_VERSION"));
    }

    /** The contexts seen with this environment and home folder, for tests. */
    static List<KnownEngine> list(Map<String, String> env, Path home, SocketProbe probe) {
        return list(new ContextCatalog(env, home, "Linux", probe), env.get("DOCKER_API_VERSION"));
    }

    private static List<KnownEngine> list(ContextCatalog catalog, String apiVersion) {
        return catalog.list().stream().map(e -> known(e, apiVersion)).toList();
    }

    /**
     * An address typed by hand: {@code /path/docker.sock}, {@code unix://…}, {@code tcp://host:port} or
     * {@code ssh://user@host[:port]}.
     *
     * @param certFolder the folder holding ca.pem, cert.pem and key.pem for TLS, or null/blank for none
     * @return the endpoint, or the problem and what a right address looks like
     */
    public static EndpointChoice typed(String address, String certFolder) {
        return EndpointChoices.toChoice(TypedAddress.parse(address, certFolder), null);
    }

    private static KnownEngine known(ContextEntry e, String apiVersion) {
        EngineEndpoint endpoint = e.endpoint() == null ? null
                : EndpointChoices.toEndpoint(e.endpoint(), e.endpoint().reason(), apiVersion);
        if (endpoint != null && !e.name().equals("default")) {
            endpoint = endpoint.withContext(e.name());
        }
        return new KnownEngine(e.name(), e.current(), e.description(), e.host(), endpoint, e.problem());
    }
}
