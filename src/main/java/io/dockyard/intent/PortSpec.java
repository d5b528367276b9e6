package io.dockyard.intent;

/**
 * One {@code -p} of {@code docker run}: {@code [ip:][hostPort:]containerPort[/protocol]}.
 *
 * @param hostIp        address to publish on, empty for all
 * @param hostPort      host port, 0 to let the engine pick one
 * @param containerPort port inside the container
 * @param protocol      {@code tcp}, {@code udp} or {@code sctp}
 */
public record PortSpec(String hostIp, int hostPort, int containerPort, String protocol) {
    public PortSpec {
        hostIp = hostIp == null ? "" : hostIp;
        protocol = protocol == null || protocol.isEmpty() ? "tcp" : protocol;
    }

    /** As written after {@code -p}; tcp is left implicit, as people write it. */
    public String toCli() {
        StringBuilder b = new StringBuilder();
        if (!hostIp.isEmpty()) {
            b.append(hostIp.contains(":") ? "[" + hostIp + "]" : hostIp).append(':');
        }
        if (hostPort > 0) {
            b.append(hostPort).append(':');
        } else if (!hostIp.isEmpty()) {
            b.append(':');
        }
        b.append(containerPort);
        if (!protocol.equals("tcp")) {
            b.append('/').append(protocol);
        }
        return b.toString();
    }
}
