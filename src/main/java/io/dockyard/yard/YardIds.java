package io.dockyard.yard;

import io.dockyard.model.Ids;
import io.dockyard.model.ObjectRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The ids of yard nodes that tests and users rely on (ARCHITECTURE.md, "Names"). */
final class YardIds {
    private YardIds() {
    }

    /** {@code image-<12 hex>}, {@code container-<12 hex>}, {@code volume-<sha12(name)>}, {@code network-<12 hex>}. */
    static String of(ObjectRef ref) {
        return switch (ref.kind()) {
            case IMAGE -> "image-" + Ids.shortId(ref.id());
            case CONTAINER -> "container-" + Ids.shortId(ref.id());
            case VOLUME -> "volume-" + sha12(ref.id());
            case NETWORK -> "network-" + Ids.shortId(ref.id());
            case NODE -> "swarm-node-" + first12(ref.id());
            case SERVICE -> "service-" + first12(ref.id());
            case TASK -> "task-" + first12(ref.id());
        };
    }

    /** The kinds' prefixes, longest first, so that {@code swarm-node-} is not read as another kind. */
    private static final String[] PREFIXES = {"swarm-node-", "container-", "network-", "project-", "service-",
            "missing-", "volume-", "image-", "task-"};

    /**
     * The id with the engine's {@code sha12} after the kind, as ids read with more than one engine
     * on screen: {@code container-<engine sha12>-<12 hex>}. An empty engine, or an id of no kind,
     * is left as it is.
     */
    static String qualify(String id, String engine) {
        if (id == null || engine == null || engine.isEmpty()) {
            return id;
        }
        for (String prefix : PREFIXES) {
            if (id.startsWith(prefix)) {
                return prefix + engine + "-" + id.substring(prefix.length());
            }
        }
        return id;
    }

    static String project(String name) {
        return "project-" + sha12(name);
    }

    /** The first 12 hex digits of the SHA-256 of the UTF-8 text. */
    static String sha12(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String first12(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
