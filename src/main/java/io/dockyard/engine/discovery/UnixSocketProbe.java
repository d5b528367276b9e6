package io.dockyard.engine.discovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The real {@link SocketProbe}: connects to a unix domain socket, sends {@code GET /_ping} and expects
 * a Docker engine's {@code 200 OK} reply, all within a short deadline (300 ms by default). It tells
 * apart a missing file, a file that is not a socket, permission denied, connection refused, silence and
 * an answer that is not a Docker engine's.
 */
public final class UnixSocketProbe implements SocketProbe {
    /** How long one probe may take in total, connect to last byte. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(300);

    private static final byte[] PING = "GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_REPLY = 64 * 1024;
    private static final int SOCKET_TYPE = 0140000;
    private static final int TYPE_MASK = 0170000;

    private final Duration timeout;

    public UnixSocketProbe() {
        this(DEFAULT_TIMEOUT);
    }

    public UnixSocketProbe(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public Optional<String> problem(Path socket) {
        Optional<String> notSocket = notASocket(socket);
        if (notSocket.isPresent()) {
            return notSocket;
        }
        if (!Files.isWritable(socket)) {
            return Optional.of(permissionDenied());
        }
        try {
            return ask(socket).map(UnixSocketProbe::judge)
                    .orElseGet(() -> Optional.of("connected, but no answer within " + timeout.toMillis() + " ms"));
        } catch (ConnectException e) {
            return Optional.of("connection refused: the socket file is there but nothing listens on it"
                    + " (the engine is probably stopped)");
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Permission denied")) {
                return Optional.of(permissionDenied());
            }
            if (message.contains("No such file")) {
                return Optional.of("no such file");
            }
            return Optional.of("could not connect: " + message);
        }
    }

    /**
     * Looks at the file only (no connection): empty when {@code path} is a socket or might be one,
     * otherwise why it is not, e.g. "is a regular file, not a socket".
     */
    static Optional<String> notASocket(Path path) {
        if (!Files.exists(path)) {
            if (Files.isSymbolicLink(path)) {
                return Optional.of("no such file (it is a link to a file that does not exist)");
            }
            return Optional.of(Files.notExists(path) ? "no such file"
                    : "cannot be checked: permission denied on a folder above it");
        }
        if (Files.isDirectory(path)) {
            return Optional.of("is a folder, not a socket");
        }
        if (Files.isRegularFile(path)) {
            return Optional.of("is a regular file, not a socket");
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            if ((mode & TYPE_MASK) != SOCKET_TYPE) {
                return Optional.of("is a device or a pipe, not a socket");
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix file modes here (Windows): connecting will tell
        }
        return Optional.empty();
    }

    private static String permissionDenied() {
        return "permission denied: your user may not use this socket; add it to the socket's group"
                + " (for Docker: `sudo usermod -aG docker $USER`, then log in again)";
    }

    /** Sends the ping and collects the reply until the engine closes; empty when nothing came in time. */
    private Optional<String> ask(Path socket) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
             Selector selector = Selector.open()) {
            // the budget starts once the channel exists: a cold JVM's class loading must not count as silence
            long deadline = System.nanoTime() + timeout.toNanos();
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, 0);
            if (!channel.connect(UnixDomainSocketAddress.of(socket))) {
                key.interestOps(SelectionKey.OP_CONNECT);
                while (!channel.finishConnect()) {
                    if (!await(selector, deadline)) {
                        return Optional.empty();
                    }
                }
            }
            ByteBuffer request = ByteBuffer.wrap(PING);
            key.interestOps(SelectionKey.OP_WRITE);
            channel.write(request);
            while (request.hasRemaining()) {
                if (!await(selector, deadline)) {
                    return Optional.empty();
                }
                channel.write(request);
            }
            return readReply(channel, key, selector, deadline);
        }
    }

    private static Optional<String> readReply(SocketChannel channel, SelectionKey key, Selector selector,
                                              long deadline) throws IOException {
        key.interestOps(SelectionKey.OP_READ);
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        while (reply.size() < MAX_REPLY) {
            int n = channel.read(buffer);
            if (n < 0) {
                break;
            }
            if (n == 0 && !await(selector, deadline)) {
                break;
            }
            reply.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
        return reply.size() == 0 ? Optional.empty() : Optional.of(reply.toString(StandardCharsets.ISO_8859_1));
    }

    /** Waits for the channel to be ready; false when the deadline has passed. */
    private static boolean await(Selector selector, long deadline) throws IOException {
        long millis = (deadline - System.nanoTime()) / 1_000_000;
        if (millis <= 0) {
            return false;
        }
        selector.select(millis);
        selector.selectedKeys().clear();
        return true;
    }

    /** Empty when the reply is a Docker ping answer: status 200 and the body "OK". */
    static Optional<String> judge(String reply) {
        int end = reply.indexOf("\r\n\r\n");
        String head = end < 0 ? reply : reply.substring(0, end);
        String body = end < 0 ? "" : reply.substring(end + 4);
        String statusLine = head.lines().findFirst().orElse("");
        String[] parts = statusLine.split(" ");
        if (!statusLine.startsWith("HTTP/")) {
            return Optional.of("answered, but not over HTTP, so it is not a Docker engine (it said '"
                    + printable(reply) + "')");
        }
        if (parts.length >= 2 && parts[1].equals("200") && body.strip().equals("OK")) {
            return Optional.empty();
        }
        return Optional.of("answered, but it is not a Docker engine: GET /_ping got '" + printable(statusLine)
                + "' with body '" + printable(body) + "'");
    }

    private static String printable(String text) {
        String flat = text.strip().replaceAll("\\p{Cntrl}+", " ");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…";
    }
}
