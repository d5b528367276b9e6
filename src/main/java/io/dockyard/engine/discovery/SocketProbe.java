package io.dockyard.engine.discovery;

import java.nio.file.Path;
import java.util.Optional;

/** Asks whether a Docker engine answers on a unix socket. {@link UnixSocketProbe} is the real one. */
@FunctionalInterface
public interface SocketProbe {
    /**
     * @return empty when a Docker engine answers on {@code socket}; otherwise what is wrong, in words
     *         for people ("no such file", "permission denied …"). Never throws.
     */
    Optional<String> problem(Path socket);
}
