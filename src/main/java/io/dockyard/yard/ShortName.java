package io.dockyard.yard;

/**
 * Image references shortened for a small space the way people read them: the tag and the last
 * part of the name are kept, the registry and path are cut at their end
 * ({@code registry.exa…/base:1.36}), never the other way round. Pure.
 */
final class ShortName {
    private static final String ELLIPSIS = "…";
    private static final String UNTAGGED = "<none>:<none>";

    private ShortName() {
    }

    /** The reference in at most {@code max} characters (one is the ellipsis). */
    static String of(String ref, int max) {
        if (ref == null || ref.length() <= max) {
            return ref == null ? "" : ref;
        }
        if (ref.equals(UNTAGGED)) {
            return "<none>"; // an untagged image has no name or tag to keep
        }
        int slash = ref.lastIndexOf('/');
        int colon = ref.lastIndexOf(':');
        String tag = colon > slash ? ref.substring(colon) : "";
        String path = colon > slash ? ref.substring(0, colon) : ref;
        String last = slash >= 0 ? path.substring(slash) : path; // "/base", with its slash
        String head = slash >= 0 ? path.substring(0, slash) : "";
        String kept = last + tag;
        int room = max - kept.length() - ELLIPSIS.length();
        if (!head.isEmpty() && room >= 3) {
            return head.substring(0, room) + ELLIPSIS + kept;
        }
        if (!head.isEmpty() && room >= 0) {
            return ELLIPSIS + kept; // the whole last part and tag fit, only the path goes
        }
        // not even the last part fits: keep the tag, cut the name at its end
        String name = slash >= 0 ? last.substring(1) : last;
        int nameRoom = max - tag.length() - ELLIPSIS.length();
        if (nameRoom >= 3) {
            return name.substring(0, Math.min(name.length(), nameRoom)) + ELLIPSIS + tag;
        }
        return ref.substring(0, Math.max(1, max - ELLIPSIS.length())) + ELLIPSIS;
    }
}
