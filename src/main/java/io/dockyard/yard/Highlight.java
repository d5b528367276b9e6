package io.dockyard.yard;

import java.util.Set;

/**
 * A set of yard items pointed at for a reason ("these are the writable layers"), drawn with the
 * {@code :highlighted} pseudo-class. The focus says which part of the nodes the reason is about.
 *
 * @param ids    full image and container ids; a container's id also lights its link
 * @param reason words for people, shown on the yard while the highlight lasts
 * @param focus  which part of the highlighted nodes to stress
 */
public record Highlight(Set<String> ids, String reason, Focus focus) {
    public static final Highlight NONE = new Highlight(Set.of(), "", Focus.NODE);

    /** The part of a node a highlight is about; the yard gets a matching pseudo-class ({@code :focus-links} …). */
    public enum Focus { NODE, WRITABLE_LAYER, LAYERS, LINKS, PROCESS }

    public Highlight {
        ids = Set.copyOf(ids);
        reason = reason == null ? "" : reason;
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }
}
