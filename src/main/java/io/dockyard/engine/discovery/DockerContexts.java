package io.dockyard.engine.discovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The docker CLI's configuration folder: {@code config.json} (for {@code currentContext}) and the
 * context store, {@code contexts/meta/<sha256 of name>/meta.json} with TLS files under
 * {@code contexts/tls/<sha256 of name>/docker/}.
 */
final class DockerContexts {
    /** The docker endpoint of one context; {@code tlsDir} is null when the context stores no TLS files. */
    record ContextEndpoint(String host, boolean skipTlsVerify, Path tlsDir) {
    }

    /** A context that cannot be used, in words for people. */
    static final class Problem extends Exception {
        Problem(String message) {
            super(message);
        }
    }

    private final Path configDir;
    private final Path home;

    DockerContexts(Path configDir, Path home) {
        this.configDir = configDir;
        this.home = home;
    }

    Path configDir() {
        return configDir;
    }

    Path configFile() {
        return configDir.resolve("config.json");
    }

    /** {@code currentContext} from config.json, empty when unset; a broken file becomes a warning. */
    Optional<String> currentContext(List<String> warnings) {
        Path file = configFile();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Object json;
        try {
            json = JsonReader.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonReader.JsonException e) {
            warnings.add(display(file) + " is not valid JSON (" + e.getMessage() + "); ignoring it");
            return Optional.empty();
        } catch (IOException e) {
            warnings.add(display(file) + " could not be read (" + e + "); ignoring it");
            return Optional.empty();
        }
        if (!(json instanceof Map)) {
            warnings.add(display(file) + " does not hold a JSON object; ignoring it");
            return Optional.empty();
        }
        Object current = ((Map<?, ?>) json).get("currentContext");
        if (current != null && !(current instanceof String)) {
            warnings.add("currentContext in " + display(file) + " is not a string; ignoring it");
            return Optional.empty();
        }
        return Optional.ofNullable((String) current).filter(s -> !s.isEmpty());
    }

    /** Reads the docker endpoint of the named context. */
    ContextEndpoint read(String name) throws Problem {
        Path meta = metaFile(name);
        if (!Files.isRegularFile(meta)) {
            throw new Problem("no context '" + name + "' exists (there is no " + display(meta) + "). "
                    + "Contexts that exist: " + String.join(", ", names()) + ".");
        }
        Object json;
        try {
            json = JsonReader.parse(Files.readString(meta, StandardCharsets.UTF_8));
        } catch (JsonReader.JsonException e) {
            throw new Problem("the context's " + display(meta) + " is not valid JSON (" + e.getMessage() + ")."
                    + " Recreate it with `docker context rm` and `docker context create`.");
        } catch (IOException e) {
            throw new Problem(display(meta) + " could not be read (" + e + ").");
        }
        Object docker = at(json, "Endpoints", "docker");
        Object host = at(docker, "Host");
        if (!(host instanceof String) || ((String) host).isBlank()) {
            throw new Problem("the context has no Docker endpoint (Endpoints.docker.Host) in " + display(meta) + ".");
        }
        boolean skip = Boolean.TRUE.equals(at(docker, "SkipTLSVerify"));
        Path tls = tlsDir(name);
        return new ContextEndpoint((String) host, skip, Files.isDirectory(tls) ? tls : null);
    }

    /** The names of the contexts in the store, "default" first (it always exists, as in the CLI). */
    List<String> names() {
        List<String> names = new ArrayList<>();
        Path metaRoot = configDir.resolve("contexts").resolve("meta");
        if (Files.isDirectory(metaRoot)) {
            try (Stream<Path> dirs = Files.list(metaRoot)) {
                dirs.map(dir -> nameIn(dir.resolve("meta.json"))).flatMap(Optional::stream).forEach(names::add);
            } catch (IOException e) {
                // the list only helps the message; an unreadable store shows as "default" alone
            }
        }
        names.sort(null);
        names.remove("default");
        names.add(0, "default");
        return names;
    }

    /** The context's description ({@code Metadata.Description}), empty when it has none or cannot be read. */
    String description(String name) {
        try {
            Object words = at(JsonReader.parse(Files.readString(metaFile(name), StandardCharsets.UTF_8)),
                    "Metadata", "Description");
            return words instanceof String ? ((String) words).trim() : "";
        } catch (IOException | JsonReader.JsonException | RuntimeException e) {
            return "";
        }
    }

    Path metaFile(String name) {
        return configDir.resolve("contexts").resolve("meta").resolve(sha256(name)).resolve("meta.json");
    }

    Path tlsDir(String name) {
        return configDir.resolve("contexts").resolve("tls").resolve(sha256(name)).resolve("docker");
    }

    /** The folder name the CLI gives a context: lowercase hex SHA-256 of its name in UTF-8. */
    static String sha256(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A path for people: under the home folder it starts with "~/". */
    String display(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path absHome = home.toAbsolutePath().normalize();
        return abs.startsWith(absHome) ? "~/" + absHome.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    private static Optional<String> nameIn(Path meta) {
        try {
            Object name = at(JsonReader.parse(Files.readString(meta, StandardCharsets.UTF_8)), "Name");
            return name instanceof String ? Optional.of((String) name) : Optional.empty();
        } catch (IOException | JsonReader.JsonException e) {
            return Optional.empty();
        }
    }

    private static Object at(Object json, String... keys) {
        Object current = json;
        for (String key : keys) {
            if (!(current instanceof Map)) {
                return null;
            }
            current = ((Map<?, ?>) current).get(key);
        }
        return current;
    }
}
