package io.dockyard.engine.discovery;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An engine address as the docker CLI writes it, checked strictly: {@code unix:///abs/path},
 * {@code tcp://host:port}, {@code ssh://[user@]host[:port]} or {@code npipe:////./pipe/name}. Anything
 * else is refused with a reason for people.
 */
record HostAddress(Kind kind, String uri, Path socketPath) {

    /** The transports Dockyard can reach. */
    enum Kind { UNIX, TCP, SSH, NPIPE }

    static HostAddress parse(String raw) throws Invalid {
        String value = raw.trim();
        int sep = value.indexOf("://");
        if (value.isEmpty()) {
            throw new Invalid("it is empty");
        }
        if (sep <= 0) {
            throw new Invalid("it has no scheme such as unix:// or tcp://");
        }
        String scheme = value.substring(0, sep).toLowerCase(Locale.ROOT);
        String rest = value.substring(sep + 3);
        switch (scheme) {
            case "unix": return unix(rest);
            case "tcp": return tcp(rest);
            case "npipe": return npipe(rest);
            case "http":
            case "https":
                throw new Invalid("Docker addresses network engines with tcp://, not " + scheme + "://");
            case "ssh": return ssh(rest);
            default:
                throw new Invalid("'" + scheme + "://' is not a scheme Dockyard can use");
        }
    }

    private static HostAddress unix(String path) throws Invalid {
        if (path.isEmpty()) {
            throw new Invalid("it names no socket path");
        }
        if (!path.startsWith("/")) {
            throw new Invalid("the socket path must be absolute (three slashes, as in unix:///var/run/docker.sock)");
        }
        try {
            return new HostAddress(Kind.UNIX, "unix://" + path, Path.of(path));
        } catch (InvalidPathException e) {
            throw new Invalid("the socket path is not a file name this system can use (" + e.getReason() + ")");
        }
    }

    private static HostAddress npipe(String path) throws Invalid {
        if (path.isEmpty() || path.equals("/") || !path.startsWith("/")) {
            throw new Invalid("a named pipe is written npipe:////./pipe/docker_engine");
        }
        return new HostAddress(Kind.NPIPE, "npipe://" + path, null);
    }

    private static HostAddress tcp(String rest) throws Invalid {
        String hostPort = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        if (hostPort.matches(".*[/?#@].*")) {
            throw new Invalid("only tcp://host:port is allowed, without a path, query or user name");
        }
        String host;
        String port;
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            if (close < 0) {
                throw new Invalid("the IPv6 address is missing its closing ']'");
            }
            host = hostPort.substring(1, close);
            String after = hostPort.substring(close + 1);
            port = after.startsWith(":") ? after.substring(1) : null;
        } else {
            int colon = hostPort.lastIndexOf(':');
            host = colon < 0 ? hostPort : hostPort.substring(0, colon);
            port = colon < 0 ? null : hostPort.substring(colon + 1);
            if (host.contains(":")) {
                throw new Invalid("write an IPv6 address in brackets, as in tcp://[::1]:2375");
            }
        }
        if (host.isEmpty()) {
            throw new Invalid("it names no host");
        }
        if (!host.matches("[A-Za-z0-9._:%-]+")) {
            throw new Invalid("'" + host + "' is not a host name or IP address");
        }
        checkPort(host, port);
        return new HostAddress(Kind.TCP, "tcp://" + hostPort, null);
    }

    private static HostAddress ssh(String rest) throws Invalid {
        String value = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        if (value.matches(".*[/?#].*")) {
            throw new Invalid("only ssh://user@host or ssh://user@host:port is allowed, without a path or query");
        }
        int at = value.lastIndexOf('@');
        String user = at < 0 ? "" : value.substring(0, at);
        String hostPort = value.substring(at + 1);
        if (at >= 0 && !user.matches("[A-Za-z0-9._-]+")) {
            throw new Invalid(user.isEmpty() ? "the user name before '@' is empty"
                    : "'" + user + "' is not a user name (letters, digits, '.', '_' and '-')");
        }
        if (!hostPort.startsWith("[") && hostPort.indexOf(':') != hostPort.lastIndexOf(':')) {
            throw new Invalid("write an IPv6 address in brackets, as in ssh://me@[::1]:22");
        }
        int colon = hostPort.startsWith("[") ? hostPort.indexOf("]:") + 1 : hostPort.lastIndexOf(':');
        String host = colon <= 0 ? hostPort : hostPort.substring(0, colon);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.isEmpty()) {
            throw new Invalid("it names no host; write ssh://user@host");
        }
        if (!bare.matches("[A-Za-z0-9._%-]+") && !(host.startsWith("[") && bare.matches("[0-9A-Fa-f:.%]+"))) {
            throw new Invalid("'" + bare + "' is not a host name or IP address"
                    + (bare.contains(":") ? " (write an IPv6 address in brackets, as in ssh://me@[::1]:22)" : ""));
        }
        if (colon > 0) {
            checkPort(host, hostPort.substring(colon + 1), "ssh://" + (at < 0 ? "" : user + "@") + host + ":22");
        }
        return new HostAddress(Kind.SSH, "ssh://" + value, null);
    }

    private static void checkPort(String host, String port, String example) throws Invalid {
        if (port == null || port.isEmpty()) {
            throw new Invalid("the port after ':' is empty; write " + example + " or leave the ':' out");
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new Invalid("'" + port + "' is not a port number (1 to 65535)");
        }
    }

    private static void checkPort(String host, String port) throws Invalid {
        if (port == null || port.isEmpty()) {
            throw new Invalid("it has no port; write tcp://" + host + ":2376 (TLS) or tcp://" + host
                    + ":2375 (plain)");
        }
        if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
            throw new Invalid("'" + port + "' is not a port number (1 to 65535)");
        }
    }

    /** Why an address cannot be used, in words for people. */
    static final class Invalid extends Exception {
        Invalid(String reason) {
            super(reason);
        }
    }
}
