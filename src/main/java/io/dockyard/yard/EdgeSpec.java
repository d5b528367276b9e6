package io.dockyard.yard;

/**
 * What a link shows besides its ends: a label, a tooltip, whether it is read-only, and a small
 * sideways offset so that a container's several links to buses do not lie on one another.
 */
record EdgeSpec(String label, String tooltip, boolean readOnly, double offset) {
    static final EdgeSpec PLAIN = new EdgeSpec("", "", false, 0);
}
