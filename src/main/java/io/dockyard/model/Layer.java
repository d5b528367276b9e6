package io.dockyard.model;

import java.time.Instant;

/**
 * One read-only layer of an image, as {@code docker history} shows it.
 *
 * @param id        the history entry's image id, or {@code <missing>} for layers built elsewhere
 * @param createdBy the instruction that made the layer
 * @param size      bytes the layer adds; 0 for metadata-only steps such as {@code CMD}
 * @param created   when the step ran
 */
public record Layer(String id, String createdBy, long size, Instant created) {
    public Layer {
        createdBy = createdBy == null ? "" : createdBy;
    }

    /** True for steps that change only metadata (ENV, CMD, LABEL …) and add no files. */
    public boolean isEmpty() {
        return size == 0;
    }
}
