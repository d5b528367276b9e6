package io.dockyard.yard;

/**
 * Names one group of places in the layout: an image's block (its blueprint and the containers of
 * no compose project), a compose project's frame, or the seats of one row of things (a project's
 * buses or tanks, the free volumes beside the yard, the free networks above it).
 *
 * @param type  what the group holds
 * @param owner the image id or project name; empty for the yard-wide groups
 * @param part  0 for the block itself; n for an image's n-th overflow block
 */
public record BlockKey(Type type, String owner, int part) {
    /** The groups of the layout. */
    public enum Type { IMAGE, PROJECT, PROJECT_BUSES, PROJECT_TANKS, FREE_VOLUMES, FREE_NETWORKS }

    static final BlockKey FREE_VOLUMES = new BlockKey(Type.FREE_VOLUMES, "", 0);
    static final BlockKey FREE_NETWORKS = new BlockKey(Type.FREE_NETWORKS, "", 0);

    static BlockKey image(String imageId) {
        return new BlockKey(Type.IMAGE, imageId, 0);
    }

    static BlockKey project(String name) {
        return new BlockKey(Type.PROJECT, name, 0);
    }

    BlockKey part(int n) {
        return new BlockKey(type, owner, n);
    }

    BlockKey as(Type other) {
        return new BlockKey(other, owner, 0);
    }
}
