package io.dockyard.model;

/**
 * A volume or bind mount of a container.
 *
 * @param type        {@code volume}, {@code bind} or {@code tmpfs}
 * @param name        the volume's name; empty for binds
 * @param source      path on the host
 * @param destination path in the container
 * @param readWrite   false for read-only mounts
 */
public record MountPoint(String type, String name, String source, String destination, boolean readWrite) {
    public MountPoint {
        type = type == null ? "" : type;
        name = name == null ? "" : name;
        source = source == null ? "" : source;
        destination = destination == null ? "" : destination;
    }
}
