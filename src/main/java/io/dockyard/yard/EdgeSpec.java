package io.dockyard.yard;

/**
 * What a link shows besides its ends: a label, a tooltip, whether it is read-only, for a link to a
 * bus the way it takes there ({@link BusTap}), and whether it leads to a Swarm task that is
 * history (drawn faint).
 */
record EdgeSpec(String label, String tooltip, boolean readOnly, BusTap tap, boolean history) {
    static final EdgeSpec PLAIN = new EdgeSpec("", "", false, BusTap.NONE);

    EdgeSpec(String label, String tooltip, boolean readOnly, BusTap tap) {
        this(label, tooltip, readOnly, tap, false);
    }
}
