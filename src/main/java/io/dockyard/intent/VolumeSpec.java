package io.dockyard.intent;

/**
 * One {@code -v} of {@code docker run}: an anonymous volume ({@code /data}), a named volume
 * ({@code cache:/data}) or a bind mount of a host folder ({@code /srv/site:/usr/share/html:ro}).
 *
 * @param source   volume name or absolute host path; empty for an anonymous volume
 * @param target   absolute path inside the container
 * @param readOnly mounted read-only
 */
public record VolumeSpec(String source, String target, boolean readOnly) {
    /** What kind of mount a spec makes. */
    public enum Kind { ANONYMOUS, NAMED, BIND }

    public VolumeSpec {
        source = source == null ? "" : source;
    }

    public Kind kind() {
        if (source.isEmpty()) {
            return Kind.ANONYMOUS;
        }
        return source.startsWith("/") ? Kind.BIND : Kind.NAMED;
    }

    /** As written after {@code -v}. */
    public String toCli() {
        String base = source.isEmpty() ? target : source + ":" + target;
        return readOnly ? base + ":ro" : base;
    }
}
