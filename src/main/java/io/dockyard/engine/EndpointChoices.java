package io.dockyard.engine;

import io.dockyard.engine.discovery.Discovery;
import io.dockyard.engine.discovery.Endpoint;
import io.dockyard.engine.discovery.EndpointDiscovery;
import io.dockyard.engine.discovery.UnixSocketProbe;

import java.util.Map;
import java.util.function.Supplier;

/** Looks for the engine the way the docker CLI does, afresh on every attempt. */
public final class EndpointChoices {
    private EndpointChoices() {
    }

    /**
     * @param hostFlag the {@code --host} value, or null
     * @param env      the environment, for {@code DOCKER_API_VERSION}
     */
    public static Supplier<EndpointChoice> fromSystem(String hostFlag, Map<String, String> env) {
        EndpointDiscovery discovery = EndpointDiscovery.fromSystem(new UnixSocketProbe());
        String apiVersion = env.get("DOCKER_API_VERSION");
        return () -> toChoice(discovery.discover(hostFlag), apiVersion);
    }

    static EndpointChoice toChoice(Discovery d, String apiVersion) {
        if (!d.isFound()) {
            return new EndpointChoice(null, d.triedLines(), d.problem());
        }
        Endpoint e = d.endpoint();
        String reason = e.reason() + (d.warnings().isEmpty() ? "" : " Note: " + String.join(" ", d.warnings()));
        return new EndpointChoice(toEndpoint(e, reason, apiVersion), d.triedLines(), "");
    }

    static EngineEndpoint toEndpoint(Endpoint e, String reason, String apiVersion) {
        return new EngineEndpoint(e.host(), e.tlsVerify(), e.certPath() == null ? null : e.certPath().toString(),
                e.source(), reason, apiVersion == null || apiVersion.isBlank() ? null : apiVersion.trim(),
                e.context(), null);
    }
}
