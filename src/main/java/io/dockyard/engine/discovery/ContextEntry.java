package io.dockyard.engine.discovery;

/**
 * One docker context, as {@link ContextCatalog} lists it.
 *
 * @param name        the context's name; "default" is {@code DOCKER_HOST} or the local socket
 * @param current     whether the docker CLI would use this context now
 * @param description the context's own description, or what "default" stands for
 * @param host        the engine address it names, or empty when none could be read
 * @param endpoint    where to connect, or null when the context cannot be used
 * @param problem     empty when usable; otherwise what is wrong and what to do, in words
 */
public record ContextEntry(String name, boolean current, String description, String host, Endpoint endpoint,
                           String problem) {
    public ContextEntry {
        description = description == null ? "" : description;
        host = host == null ? "" : host;
        problem = problem == null ? "" : problem;
    }
}
