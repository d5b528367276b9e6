package io.dockyard.engine.discovery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the Docker engine the way the docker CLI does:
 * <ol>
 *   <li>the {@code --host} command-line value;</li>
 *   <li>{@code DOCKER_HOST}, with {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH};</li>
 *   <li>the context named by {@code DOCKER_CONTEXT}, else {@code currentContext} in config.json
 *       (in {@code DOCKER_CONFIG}, default {@code ~/.docker}); "default" goes on to step 4;</li>
 *   <li>the first usual socket that answers a ping, or the named pipe on Windows.</li>
 * </ol>
 * A setting the user chose (steps 1–3) that is broken is the problem: discovery does not quietly fall
 * back to another engine. Network ({@code tcp://}, {@code ssh://}) addresses are not contacted here; the
 * feed does that.
 * {@link #discover} never throws; everything wrong comes back as words in the {@link Discovery}.
 */
public final class EndpointDiscovery {
    /** Docker's named pipe on Windows. */
    public static final String WINDOWS_PIPE = "npipe:////./pipe/docker_engine";
    private static final List<String> CERT_FILES = List.of("ca.pem", "cert.pem", "key.pem");
    private static final String NOTHING_CHOSEN = "Nothing chose an engine (no --host, DOCKER_HOST or context), ";

    private final Map<String, String> env;
    private final String osName;
    private final SocketProbe probe;
    private final Path home;
    private final DockerContexts contexts;

    public EndpointDiscovery(Map<String, String> env, Path home, String osName, SocketProbe probe) {
        this.env = Map.copyOf(env);
        this.home = Objects.requireNonNull(home, "home");
        this.osName = osName == null ? "" : osName;
        this.probe = Objects.requireNonNull(probe, "probe");
        String configEnv = env("DOCKER_CONFIG");
        this.contexts = new DockerContexts(configEnv != null ? Path.of(configEnv) : home.resolve(".docker"), home);
    }

    /** Discovery for this process: its environment, {@code user.home} and {@code os.name}. */
    public static EndpointDiscovery fromSystem(SocketProbe probe) {
        return new EndpointDiscovery(System.getenv(), Path.of(System.getProperty("user.home")),
                System.getProperty("os.name"), probe);
    }

    /**
     * @param hostFlag the {@code --host} command-line value, or null when it was not given
     * @return the endpoint and why, or the problem and what to do; never throws
     */
    public Discovery discover(String hostFlag) {
        Trail trail = new Trail();
        try {
            return search(hostFlag, trail);
        } catch (RuntimeException e) {
            return trail.problem("Dockyard could not work out where the engine is (" + e + "). Please report this.");
        }
    }

    /** The CLI's "default" context: {@code DOCKER_HOST} when set, else the first usual socket that answers. */
    Discovery discoverDefault() {
        Trail trail = new Trail();
        try {
            String dockerHost = env("DOCKER_HOST");
            if (dockerHost != null) {
                return fromHostSetting(new Choice("DOCKER_HOST", "DOCKER_HOST is set to",
                        "Fix DOCKER_HOST, or unset it to use the local socket."), dockerHost, trail);
            }
            return isWindows() ? windowsPipe(trail) : firstAnsweringSocket(trail);
        } catch (RuntimeException e) {
            return trail.problem("Dockyard could not read the default engine (" + e + "). Please report this.");
        }
    }

    /** The named context's engine, checked as when it is the current one; never throws. */
    Discovery discoverContext(String name) {
        Trail trail = new Trail();
        Choice choice = new Choice("context " + name, "Context '" + name + "' has the Docker endpoint",
                "Fix it with `docker context update " + name + " --docker host=…`.", name);
        try {
            return fromContextEndpoint(choice, name, contexts.read(name), trail);
        } catch (DockerContexts.Problem e) {
            trail.tried(choice.source, "", e.getMessage());
            return trail.problem("Context '" + name + "' cannot be used: " + e.getMessage());
        } catch (RuntimeException e) {
            return trail.problem("Dockyard could not read context '" + name + "' (" + e + "). Please report this.");
        }
    }

    DockerContexts contexts() {
        return contexts;
    }

    private Discovery search(String hostFlag, Trail trail) {
        String dockerHost = env("DOCKER_HOST");
        String contextName = env("DOCKER_CONTEXT");
        if (hostFlag != null) {
            trail.ignored("DOCKER_HOST", dockerHost, "--host was given");
            trail.ignored("DOCKER_CONTEXT", contextName, "--host was given");
            return fromHostSetting(new Choice("--host", "--host was given as",
                    "Fix the --host value, or leave it out to let Dockyard look for the engine."), hostFlag, trail);
        }
        trail.tried("--host", "", "not given");
        if (dockerHost != null) {
            trail.ignored("DOCKER_CONTEXT", contextName, "DOCKER_HOST is set");
            return fromHostSetting(new Choice("DOCKER_HOST", "DOCKER_HOST is set to",
                    "Fix DOCKER_HOST, or unset it to let Dockyard look for the engine."), dockerHost, trail);
        }
        trail.tried("DOCKER_HOST", "", "not set");
        Optional<Discovery> byContext = fromContext(contextName, trail);
        if (byContext.isPresent()) {
            return byContext.get();
        }
        return isWindows() ? windowsPipe(trail) : firstAnsweringSocket(trail);
    }

    // Steps 1 and 2: an address given directly, with TLS from the environment

    private Discovery fromHostSetting(Choice choice, String raw, Trail trail) {
        HostAddress address;
        try {
            address = HostAddress.parse(raw);
        } catch (HostAddress.Invalid e) {
            trail.tried(choice.source, raw.trim(), "not an engine address: " + e.getMessage());
            return trail.problem(choice.intro + " '" + raw + "', which is not an engine address: " + e.getMessage()
                    + ". " + choice.fix + " Addresses look like unix:///var/run/docker.sock, tcp://host:2376"
                    + " or ssh://user@host.");
        }
        String tlsValue = env("DOCKER_TLS_VERIFY");
        boolean tls = tlsValue != null;
        Path certPath = env("DOCKER_CERT_PATH") != null ? Path.of(env("DOCKER_CERT_PATH")) : contexts.configDir();
        if (tls && address.kind() != HostAddress.Kind.TCP) {
            trail.warnings.add("DOCKER_TLS_VERIFY is set but has no effect on " + address.uri()
                    + ": TLS is only used with tcp:// engines.");
            tls = false;
        }
        if (tls && (tlsValue.equals("0") || tlsValue.equalsIgnoreCase("false"))) {
            trail.warnings.add("DOCKER_TLS_VERIFY=" + tlsValue + " still turns TLS verification on (like the docker"
                    + " CLI, any value does); unset it to turn verification off.");
        }
        List<String> missing = tls ? missingCertFiles(certPath) : List.of();
        if (!missing.isEmpty()) {
            trail.tried(choice.source, address.uri(), "TLS certificates missing: " + String.join(", ", missing));
            return trail.problem("DOCKER_TLS_VERIFY is set, so Dockyard needs ca.pem, cert.pem and key.pem in "
                    + contexts.display(certPath) + ", but " + listed(missing) + ". Put the files there, point"
                    + " DOCKER_CERT_PATH at the folder that holds them, or unset DOCKER_TLS_VERIFY.");
        }
        return connectTo(choice, address, tls, tls ? certPath : null, trail);
    }

    // Step 3: a docker context

    private Optional<Discovery> fromContext(String contextEnv, Trail trail) {
        String name = contextEnv;
        String chosenBy = "DOCKER_CONTEXT";
        String fix = "Set DOCKER_CONTEXT to an existing context, or unset it.";
        if (name == null) {
            Optional<String> current = contexts.currentContext(trail.warnings);
            if (current.isEmpty()) {
                trail.tried("context", "", "none chosen (no DOCKER_CONTEXT, no currentContext in "
                        + contexts.display(contexts.configFile()) + ")");
                return Optional.empty();
            }
            name = current.get();
            chosenBy = "currentContext in " + contexts.display(contexts.configFile());
            fix = "Switch with `docker context use NAME`, or remove currentContext from "
                    + contexts.display(contexts.configFile()) + ".";
        }
        if (name.equals("default")) {
            trail.tried("context default", "", "the default context (chosen by " + chosenBy + "): try the usual sockets");
            return Optional.empty();
        }
        Choice choice = new Choice("context " + name, "Context '" + name + "' (chosen by " + chosenBy
                + ") has the Docker endpoint", fix, name);
        try {
            return Optional.of(fromContextEndpoint(choice, name, contexts.read(name), trail));
        } catch (DockerContexts.Problem e) {
            trail.tried(choice.source, "", e.getMessage());
            return Optional.of(trail.problem(chosenBy + " selects context '" + name + "', but " + e.getMessage()
                    + " " + fix));
        }
    }

    private Discovery fromContextEndpoint(Choice choice, String name, DockerContexts.ContextEndpoint endpoint,
                                          Trail trail) {
        HostAddress address;
        try {
            address = HostAddress.parse(endpoint.host());
        } catch (HostAddress.Invalid e) {
            trail.tried(choice.source, endpoint.host(), "not an engine address: " + e.getMessage());
            return trail.problem(choice.intro + " '" + endpoint.host() + "', which is not an engine address: "
                    + e.getMessage() + ". Fix it with `docker context update " + name + " --docker host=…`. "
                    + choice.fix);
        }
        Path tlsDir = address.kind() == HostAddress.Kind.TCP ? endpoint.tlsDir() : null;
        if (tlsDir == null) {
            return connectTo(choice, address, false, null, trail);
        }
        List<String> missing = missingCertFiles(tlsDir);
        if (!missing.isEmpty()) {
            trail.tried(choice.source, address.uri(), "TLS certificates missing: " + String.join(", ", missing));
            return trail.problem("Context '" + name + "' keeps its TLS files in " + contexts.display(tlsDir) + ", but "
                    + listed(missing) + ". Create the context again with its ca, cert and key"
                    + " (`docker context create " + name + " --docker host=…,ca=…,cert=…,key=…`). " + choice.fix);
        }
        if (endpoint.skipTlsVerify()) {
            trail.warnings.add("Context '" + name + "' sets SkipTLSVerify: the engine's certificate is not verified.");
        }
        return connectTo(choice, address, !endpoint.skipTlsVerify(), tlsDir, trail);
    }

    // The end of steps 1 to 3: check what can be checked without the engine client

    private Discovery connectTo(Choice choice, HostAddress address, boolean tlsVerify, Path certPath, Trail trail) {
        switch (address.kind()) {
            case UNIX:
                return connectToSocket(choice, address, trail);
            case NPIPE:
                if (!isWindows()) {
                    trail.tried(choice.source, address.uri(), "named pipes exist only on Windows");
                    return trail.problem(choice.intro + " " + address.uri() + ", but named pipes (npipe://) exist"
                            + " only on Windows and this is " + osName + ". " + choice.fix);
                }
                trail.tried(choice.source, address.uri(), "chosen (a named pipe is checked when connecting)");
                return trail.found(new Endpoint(address.uri(), false, null, choice.source,
                        choice.intro + " " + address.uri() + ".", choice.context));
            case SSH:
                trail.tried(choice.source, address.uri(), "chosen (an ssh engine is checked when connecting)");
                return trail.found(new Endpoint(address.uri(), false, null, choice.source,
                        choice.intro + " " + address.uri() + " (through ssh, as the docker CLI does).",
                        choice.context));
            default:
                String tls = certPath == null ? "" : tlsVerify
                        ? " (TLS, verified against " + contexts.display(certPath.resolve("ca.pem")) + ")"
                        : " (TLS without verifying the engine)";
                trail.tried(choice.source, address.uri(), "chosen (a network engine is checked when connecting)");
                return trail.found(new Endpoint(address.uri(), tlsVerify, certPath, choice.source,
                        choice.intro + " " + address.uri() + tls + ".", choice.context));
        }
    }

    /** A socket the user chose must be one and must answer; a broken one is the problem, with no fallback. */
    private Discovery connectToSocket(Choice choice, HostAddress address, Trail trail) {
        Path socket = address.socketPath();
        Optional<String> trouble = UnixSocketProbe.notASocket(socket).or(() -> ask(socket));
        if (trouble.isPresent()) {
            trail.tried(choice.source, address.uri(), trouble.get());
            String about = trouble.get().startsWith("is ") ? socket + " " + trouble.get() : socket + ": " + trouble.get();
            return trail.problem(choice.intro + " " + address.uri() + ", but " + about + ". " + choice.fix);
        }
        trail.tried(choice.source, address.uri(), "answers");
        return trail.found(new Endpoint(address.uri(), false, null, choice.source,
                choice.intro + " " + address.uri() + ", and it answers.", choice.context));
    }

    // Step 4: the usual places

    private Discovery firstAnsweringSocket(Trail trail) {
        String xdg = env("XDG_RUNTIME_DIR");
        Path xdgDir = xdg == null ? null : Path.of(xdg);
        List<Candidate> candidates = List.of(
                new Candidate("default socket", Path.of("/var/run/docker.sock")),
                new Candidate("rootless socket", xdgDir == null ? null : xdgDir.resolve("docker.sock")),
                new Candidate("Docker Desktop socket", home.resolve(".docker/desktop/docker.sock")),
                new Candidate("Docker Desktop socket", home.resolve(".docker/run/docker.sock")),
                new Candidate("Colima socket", home.resolve(".colima/default/docker.sock")),
                new Candidate("Podman socket", xdgDir == null ? null : xdgDir.resolve("podman/podman.sock")));
        for (Candidate candidate : candidates) {
            String label = candidate.label;
            Path socket = candidate.socket;
            if (socket == null) {
                trail.tried(label, "", "skipped: XDG_RUNTIME_DIR is not set");
                continue;
            }
            String uri = "unix://" + socket;
            Optional<String> trouble = ask(socket);
            trail.tried(label, uri, trouble.orElse("answers"));
            if (trouble.isEmpty()) {
                return trail.found(new Endpoint(uri, false, null, label, NOTHING_CHOSEN
                        + "so Dockyard tried the usual sockets and the " + label + " " + socket + " answered first."));
            }
        }
        return trail.problem("No Docker engine answered on the usual sockets (each one's answer is listed below)."
                + " Start Docker (`sudo systemctl start docker`, Docker Desktop, `colima start` or"
                + " `systemctl --user start podman.socket`), or point Dockyard at an engine with DOCKER_HOST"
                + " or --host.");
    }

    private Discovery windowsPipe(Trail trail) {
        String label = "Windows named pipe";
        trail.tried(label, WINDOWS_PIPE, "chosen (a named pipe is checked when connecting)");
        return trail.found(new Endpoint(WINDOWS_PIPE, false, null, label, NOTHING_CHOSEN
                + "and on Windows Docker listens on the named pipe " + WINDOWS_PIPE + "."));
    }

    // Helpers

    private Optional<String> ask(Path socket) {
        try {
            return Objects.requireNonNullElse(probe.problem(socket), Optional.of("the probe gave no answer"));
        } catch (RuntimeException e) {
            return Optional.of("the probe failed: " + e);
        }
    }

    static List<String> missingCertFiles(Path folder) {
        return CERT_FILES.stream().filter(f -> !Files.isRegularFile(folder.resolve(f))).toList();
    }

    static String listed(List<String> missing) {
        return String.join(" and ", missing) + (missing.size() == 1 ? " is missing" : " are missing");
    }

    private boolean isWindows() {
        return osName.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** An environment value, trimmed; null when unset or blank (the CLI treats empty as unset). */
    private String env(String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A usual socket place; {@code socket} is null when it depends on an unset variable. */
    private record Candidate(String label, Path socket) {
    }

    /** How a setting was chosen, for the attempt label and the sentences about it. */
    private record Choice(String source, String intro, String fix, String context) {
        Choice(String source, String intro, String fix) {
            this(source, intro, fix, null);
        }
    }

    /** What one discover() call has looked at so far. */
    private static final class Trail {
        final List<Attempt> tried = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        void tried(String source, String host, String outcome) {
            tried.add(new Attempt(source, host, outcome));
        }

        void ignored(String variable, String value, String because) {
            if (value != null) {
                warnings.add(variable + "=" + value + " is ignored because " + because + ".");
            }
        }

        Discovery found(Endpoint endpoint) {
            return new Discovery(endpoint, tried, warnings, "");
        }

        Discovery problem(String problem) {
            return new Discovery(null, tried, warnings, problem);
        }
    }
}
