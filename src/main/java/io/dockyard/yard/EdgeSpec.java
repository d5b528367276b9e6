package io.dockyard.yard;

/**
 * What a link shows besides its ends: a label, a tooltip, whether it is read-only, and, for a link
 * to a bus, the way it takes there ({@link BusTap}).
 */
record EdgeSpec(String label, String tooltip, boolean readOnly, BusTap tap) {
    static final EdgeSpec PLAIN = new EdgeSpec("", "", false, BusTap.NONE);
}
