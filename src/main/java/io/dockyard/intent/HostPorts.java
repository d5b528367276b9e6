package io.dockyard.intent;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Whether a port on this machine is free, found by trying to bind it for a moment. Only
 * meaningful when the engine runs on this machine; for a remote engine the engine's own refusal
 * is the answer.
 */
@FunctionalInterface
public interface HostPorts {

    /** @param ip address to check, empty for all addresses */
    boolean isFree(String ip, int port, String protocol);

    /** Binds a socket on this machine and closes it again. */
    static HostPorts system() {
        return (ip, port, protocol) -> {
            try {
                InetAddress address = ip.isEmpty() ? null : InetAddress.getByName(ip);
                InetSocketAddress at = new InetSocketAddress(address, port);
                if (protocol.equals("udp")) {
                    try (DatagramSocket s = new DatagramSocket(null)) {
                        s.bind(at);
                    }
                } else {
                    try (ServerSocket s = new ServerSocket()) {
                        s.bind(at);
                    }
                }
                return true;
            } catch (java.net.BindException e) {
                // "Permission denied" on a low port says nothing about whether it is taken
                return e.getMessage() == null || !e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("in use");
            } catch (IOException unknownAddress) {
                return true;
            }
        };
    }

    /** For tests and remote engines: every port counts as free. */
    static HostPorts assumeFree() {
        return (ip, port, protocol) -> true;
    }
}
