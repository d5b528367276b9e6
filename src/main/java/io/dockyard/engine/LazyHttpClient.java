package io.dockyard.engine;

import com.github.dockerjava.transport.DockerHttpClient;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An HTTP client to the engine that is built on its first request, not when Dockyard opens the engine:
 * setting it up may fail (unreadable TLS files, an ssh forwarder that cannot start), and such a failure
 * must reach the user as a failed connection, from a request, like every other one. Every failure of a
 * request passes through {@code wording}, which may turn it into a {@link ConnectionProblem}.
 */
final class LazyHttpClient implements DockerHttpClient {
    private final Supplier<DockerHttpClient> build;
    private final Function<RuntimeException, RuntimeException> wording;
    private final Closeable alsoClose;
    private DockerHttpClient built;
    private boolean closed;

    LazyHttpClient(Supplier<DockerHttpClient> build, Function<RuntimeException, RuntimeException> wording,
                   Closeable alsoClose) {
        this.build = build;
        this.wording = wording;
        this.alsoClose = alsoClose;
    }

    @Override
    public Response execute(Request request) {
        try {
            return client().execute(request);
        } catch (RuntimeException e) {
            throw wording.apply(e);
        }
    }

    private synchronized DockerHttpClient client() {
        if (closed) {
            throw new IllegalStateException("the engine client is closed");
        }
        if (built == null) {
            built = build.get();
        }
        return built;
    }

    @Override
    public void close() throws IOException {
        DockerHttpClient toClose;
        synchronized (this) {
            closed = true;
            toClose = built;
        }
        try {
            if (toClose != null) {
                toClose.close();
            }
        } finally {
            if (alsoClose != null) {
                alsoClose.close();
            }
        }
    }
}
