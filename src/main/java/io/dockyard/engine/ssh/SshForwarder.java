package io.dockyard.engine.ssh;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Reaches an ssh engine as the docker CLI does: a unix socket of Dockyard's own, in a private (0700)
 * folder, where each accepted connection gets one {@code ssh … docker system dial-stdio} whose stdin
 * and stdout carry that connection's bytes. docker-java then talks to the socket as to a local engine.
 * The last ssh failure is kept, in words, for the request that met it. {@link #close()} ends every ssh
 * it started and removes the socket.
 */
public final class SshForwarder implements Closeable {
    /** How long a finished ssh may take to report why before its connection is closed anyway. */
    private static final long EXIT_WAIT_MILLIS = 3000;
    private static final int MAX_STDERR = 8192;
    /**
     * How long a failed ssh keeps new connections from starting another. The HTTP client retries a
     * request at once when its connection closes unanswered; without this, a host that times out
     * would make the user wait twice.
     */
    private static final long FAILURE_MEMORY_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final SshTarget target;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private Path dir;
    private ServerSocketChannel server;
    private volatile String lastProblem;
    private volatile long failedAt;
    private volatile boolean closed;

    public SshForwarder(SshTarget target) {
        this.target = target;
    }

    /** Opens the local socket (once) and returns its path; throws IOException when it cannot. */
    public synchronized Path start() throws IOException {
        if (closed) {
            throw new IOException("the ssh connection to " + target.host() + " is closed");
        }
        if (server == null) {
            dir = Files.createTempDirectory("dockyard-ssh",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(dir.resolve("docker.sock")));
            server = channel;
            daemon("dockyard-ssh-accept " + target.host(), this::acceptLoop).start();
        }
        return dir.resolve("docker.sock");
    }

    /** Why the latest ssh failed, in words for people, or null when none has failed. */
    public String lastProblem() {
        return lastProblem;
    }

    public SshTarget target() {
        return target;
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                SocketChannel connection = server.accept();
                daemon("dockyard-ssh " + target.host(), () -> carry(connection)).start();
            } catch (IOException e) {
                return; // the server socket was closed
            }
        }
    }

    /** One connection: one ssh, bytes both ways, until either side ends. */
    private void carry(SocketChannel connection) {
        if (lastProblem != null && System.nanoTime() - failedAt < FAILURE_MEMORY_NANOS) {
            closeQuietly(connection);
            return;
        }
        Process ssh;
        try {
            ssh = new ProcessBuilder(target.dialCommand()).start();
        } catch (IOException e) {
            lastProblem = "Dockyard needs the ssh command (the OpenSSH client) to reach " + target.login()
                    + ", and it could not run it (" + e.getMessage() + "). Install openssh-client.";
            failedAt = System.nanoTime();
            closeQuietly(connection);
            return;
        }
        running.add(ssh);
        StringBuilder stderr = new StringBuilder();
        Thread errors = daemon("dockyard-ssh-stderr", () -> collect(ssh.getErrorStream(), stderr));
        errors.start();
        Thread toSsh = daemon("dockyard-ssh-out", () -> pump(Channels.newInputStream(connection), ssh.getOutputStream()));
        toSsh.start();
        boolean answered = pumpBack(ssh.getInputStream(), connection);
        try {
            noteExit(ssh, errors, stderr, answered);
        } finally {
            closeQuietly(connection);
            end(ssh);
        }
    }

    /** ssh has closed its stdout: wait (bounded) for its exit and its words before the client hears EOF. */
    private void noteExit(Process ssh, Thread errors, StringBuilder stderr, boolean answered) {
        try {
            if (!ssh.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                return;
            }
            errors.join(EXIT_WAIT_MILLIS);
            if (ssh.exitValue() != 0 && !closed) {
                String said;
                synchronized (stderr) {
                    said = stderr.toString();
                }
                lastProblem = SshProblems.describe(target, said, ssh.exitValue());
                failedAt = System.nanoTime();
            } else if (answered) {
                lastProblem = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Copies ssh's stdout to the connection; true when any byte came, which also clears an old problem. */
    private boolean pumpBack(InputStream from, SocketChannel to) {
        boolean any = false;
        byte[] buffer = new byte[16384];
        try {
            for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                if (!any && n > 0) {
                    any = true;
                    lastProblem = null;
                }
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
                while (chunk.hasRemaining()) {
                    to.write(chunk);
                }
            }
        } catch (IOException e) {
            // either side went away: the connection ends below
        }
        return any;
    }

    /**
     * Copies the connection to ssh's stdin, flushing each read at once (a process's stdin is buffered,
     * and a request must not wait there); closing stdin lets the remote dial-stdio end.
     */
    private static void pump(InputStream from, OutputStream to) {
        byte[] buffer = new byte[16384];
        try (to) {
            for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                to.write(buffer, 0, n);
                to.flush();
            }
        } catch (IOException e) {
            // either side went away
        }
    }

    private static void collect(InputStream from, StringBuilder into) {
        byte[] buffer = new byte[1024];
        try (from) {
            for (int n = from.read(buffer); n >= 0; n = from.read(buffer)) {
                synchronized (into) {
                    if (into.length() < MAX_STDERR) {
                        into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            // ssh ended
        }
    }

    private void end(Process ssh) {
        running.remove(ssh);
        if (!ssh.isAlive()) {
            return;
        }
        ssh.destroy();
        try {
            if (!ssh.waitFor(EXIT_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                ssh.destroyForcibly();
            }
        } catch (InterruptedException e) {
            ssh.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Ends every ssh this forwarder started and removes its socket and folder. */
    @Override
    public void close() {
        ServerSocketChannel toClose;
        synchronized (this) {
            closed = true;
            toClose = server;
        }
        closeQuietly(toClose);
        for (Process ssh : Set.copyOf(running)) {
            end(ssh);
        }
        if (dir != null) {
            try {
                Files.deleteIfExists(dir.resolve("docker.sock"));
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                // a temp folder left behind is harmless; the socket in it is dead
            }
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }
}
