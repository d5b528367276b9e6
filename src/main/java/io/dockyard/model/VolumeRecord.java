package io.dockyard.model;

import java.time.Instant;
import java.util.Map;

/**
 * A volume: storage the engine keeps apart from every container's writable layer, so what is
 * written there outlives the containers that wrote it.
 *
 * @param name       its name; a 64-hex name for an anonymous volume
 * @param driver     {@code local} or a plugin's name
 * @param mountpoint where the engine keeps it on the host
 * @param created    when it was made, or null where the engine did not say
 * @param labels     its labels
 * @param scope      {@code local} or {@code global}
 * @param size       bytes it holds, or {@link #SIZE_UNKNOWN} until {@code system df} has said
 */
public record VolumeRecord(String name, String driver, String mountpoint, Instant created,
                           Map<String, String> labels, String scope, long size) implements EngineObject {
    public static final long SIZE_UNKNOWN = -1;
    private static final int SHORT_NAME = 12;

    public VolumeRecord {
        name = name == null ? "" : name;
        driver = driver == null ? "" : driver;
        mountpoint = mountpoint == null ? "" : mountpoint;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        scope = scope == null ? "" : scope;
    }

    @Override
    public String id() {
        return name;
    }

    @Override
    public Kind kind() {
        return Kind.VOLUME;
    }

    /** A volume the engine named itself (64 hex digits): made by {@code -v /path} or an image's VOLUME. */
    public boolean isAnonymous() {
        return isAnonymousName(name);
    }

    /** The name as the yard shows it: anonymous ones cut to 12 digits and an ellipsis. */
    public String displayName() {
        return isAnonymous() ? name.substring(0, SHORT_NAME) + "…" : name;
    }

    public boolean hasSize() {
        return size >= 0;
    }

    public VolumeRecord withSize(long bytes) {
        return new VolumeRecord(name, driver, mountpoint, created, labels, scope, bytes);
    }

    /** The compose project that made it, or empty. */
    public String composeProject() {
        return labels.getOrDefault(Compose.PROJECT_LABEL, "");
    }

    static boolean isAnonymousName(String name) {
        return name != null && name.length() == 64 && name.chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
    }
}
