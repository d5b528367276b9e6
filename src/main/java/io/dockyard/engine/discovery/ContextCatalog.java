package io.dockyard.engine.discovery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every engine the user has set up, as {@code docker context ls} lists them: "default" (which is
 * {@code DOCKER_HOST}, else the local socket) and each context in the store under {@code DOCKER_CONFIG}
 * (default {@code ~/.docker}). The store is read afresh on every {@link #list()}, so a context made
 * in a terminal shows up without a restart. Local sockets are pinged, so call it off the UI thread.
 */
public final class ContextCatalog {
    private final Map<String, String> env;
    private final Path home;
    private final String osName;
    private final SocketProbe probe;

    public ContextCatalog(Map<String, String> env, Path home, String osName, SocketProbe probe) {
        this.env = Map.copyOf(env);
        this.home = Objects.requireNonNull(home, "home");
        this.osName = osName;
        this.probe = Objects.requireNonNull(probe, "probe");
    }

    /** The catalog of this process: its environment, {@code user.home} and {@code os.name}. */
    public static ContextCatalog fromSystem(SocketProbe probe) {
        return new ContextCatalog(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name"), probe);
    }

    /** Every context, "default" first, then by name; a broken one is an entry with its problem, never an exception. */
    public List<ContextEntry> list() {
        EndpointDiscovery discovery = new EndpointDiscovery(env, home, osName, probe);
        DockerContexts contexts = discovery.contexts();
        String current = currentName(contexts);
        List<ContextEntry> entries = new ArrayList<>();
        for (String name : contexts.names()) {
            boolean isDefault = name.equals("default");
            Discovery found = isDefault ? discovery.discoverDefault() : discovery.discoverContext(name);
            String description = isDefault
                    ? (blank("DOCKER_HOST") ? "the local engine" : "DOCKER_HOST")
                    : contexts.description(name);
            entries.add(new ContextEntry(name, name.equals(current), description, hostOf(found, contexts, name),
                    found.endpoint(), found.problem()));
        }
        return entries;
    }

    /** The context the docker CLI would use now, in its order: DOCKER_HOST means "default". */
    private String currentName(DockerContexts contexts) {
        if (!blank("DOCKER_HOST")) {
            return "default";
        }
        if (!blank("DOCKER_CONTEXT")) {
            return env.get("DOCKER_CONTEXT").trim();
        }
        return contexts.currentContext(new ArrayList<>()).orElse("default");
    }

    /** The address to show beside the entry, also when it has a problem; empty when none could be read. */
    private static String hostOf(Discovery found, DockerContexts contexts, String name) {
        if (found.isFound()) {
            return found.endpoint().host();
        }
        Optional<String> tried = found.tried().stream().map(Attempt::host).filter(h -> !h.isEmpty()).findFirst();
        if (tried.isPresent() || name.equals("default")) {
            return tried.orElse("");
        }
        try {
            return contexts.read(name).host();
        } catch (DockerContexts.Problem e) {
            return "";
        }
    }

    private boolean blank(String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank();
    }
}
