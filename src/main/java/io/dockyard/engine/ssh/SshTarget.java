package io.dockyard.engine.ssh;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an {@code ssh://[user@]host[:port]} engine is, and the {@code ssh} command that reaches its
 * docker the way the docker CLI does: {@code ssh … HOST docker system dial-stdio}.
 *
 * @param user   the login name, or empty for ssh's own choice (~/.ssh/config, else the local user)
 * @param host   the host name or address, without brackets
 * @param port   the port, or -1 for ssh's own choice (22 unless ~/.ssh/config says otherwise)
 * @param config an ssh client configuration file for {@code ssh -F}, or null for ssh's own
 */
public record SshTarget(String user, String host, int port, String config) {
    /** How long ssh may take to reach the host before it gives up (seconds). */
    public static final int CONNECT_TIMEOUT_SECONDS = 10;

    public SshTarget {
        user = user == null ? "" : user;
    }

    /** Reads an address that discovery has already checked ({@code ssh://me@host:22}). */
    public static SshTarget parse(String address, String config) {
        URI uri = URI.create(address);
        String host = uri.getHost() != null ? uri.getHost() : uri.getAuthority().replaceFirst("^.*@", "")
                .replaceFirst(":\\d+$", "");
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new SshTarget(uri.getUserInfo(), host, uri.getPort(), config);
    }

    /** {@code me@host} or {@code host}, as a person would type it to ssh. */
    public String login() {
        return user.isEmpty() ? host : user + "@" + host;
    }

    /** The command a person would run in a terminal to reach the same host. */
    public String terminalCommand() {
        return "ssh " + (port > 0 ? "-p " + port + " " : "") + login();
    }

    /** The ssh command that carries the Engine API over its stdin and stdout. Never prompts. */
    public List<String> dialCommand() {
        List<String> command = new ArrayList<>(List.of("ssh"));
        if (config != null && !config.isBlank()) {
            command.addAll(List.of("-F", config));
        }
        command.addAll(List.of("-o", "BatchMode=yes", "-o", "ConnectTimeout=" + CONNECT_TIMEOUT_SECONDS,
                "-o", "ServerAliveInterval=10", "-o", "ServerAliveCountMax=3", "-T"));
        if (!user.isEmpty()) {
            command.addAll(List.of("-l", user));
        }
        if (port > 0) {
            command.addAll(List.of("-p", Integer.toString(port)));
        }
        command.addAll(List.of("--", host, "docker", "system", "dial-stdio"));
        return List.copyOf(command);
    }
}
