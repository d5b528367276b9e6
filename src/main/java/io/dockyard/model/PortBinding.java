package io.dockyard.model;

/**
 * A container port, published on the host or only exposed.
 *
 * @param hostIp        address it is published on, or empty when only exposed
 * @param hostPort      published port, or 0 when only exposed
 * @param containerPort the port inside the container
 * @param protocol      {@code tcp}, {@code udp} or {@code sctp}
 */
public record PortBinding(String hostIp, int hostPort, int containerPort, String protocol) {
    public PortBinding {
        hostIp = hostIp == null ? "" : hostIp;
        protocol = protocol == null ? "tcp" : protocol;
    }

    public boolean isPublished() {
        return hostPort > 0;
    }

    /** As {@code docker ps} prints it: {@code 0.0.0.0:8080->80/tcp} or {@code 80/tcp}. */
    @Override
    public String toString() {
        String inside = containerPort + "/" + protocol;
        if (!isPublished()) {
            return inside;
        }
        String ip = hostIp.isEmpty() ? "0.0.0.0" : hostIp;
        return ip + ":" + hostPort + "->" + inside;
    }
}
