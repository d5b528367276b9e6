package io.dockyard.model;

/** Helpers for Docker's ids. */
public final class Ids {
    private Ids() {
    }

    /** The 12 hex digits Docker prints, with any {@code sha256:} prefix dropped. */
    public static String shortId(String id) {
        if (id == null) {
            return "";
        }
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.length() > 12 ? hex.substring(0, 12) : hex;
    }
}
