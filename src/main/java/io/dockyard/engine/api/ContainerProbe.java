package io.dockyard.engine.api;

import java.util.List;

/**
 * The port through which lessons ask the engine what {@code EngineState} does not hold: a container's changed files, its
 * processes, whether a file is in it. Calls block; the coach runs them off the UI thread.
 * Every method throws {@link ProbeException} with the engine's words when it cannot answer.
 */
public interface ContainerProbe {
    /** {@code docker diff}: lines such as {@code A /note.txt}, {@code C /etc}. */
    List<String> diff(String container);

    /** {@code docker top}: one line per process, its command line last. */
    List<String> top(String container);

    /** Whether the path exists in the container's file system (image layers plus writable layer). */
    boolean fileExists(String container, String path);

    /** The engine could not answer a probe (container gone, not running …). */
    final class ProbeException extends RuntimeException {
        public ProbeException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
