package io.dockyard.engine;

/**
 * One engine the user has set up: a docker context, or "default".
 *
 * @param name        the context name ("default" is {@code DOCKER_HOST} or the local socket)
 * @param current     whether the docker CLI would use it now
 * @param description the context's description, or what "default" stands for
 * @param host        the address it names, for display even when it cannot be used; may be empty
 * @param endpoint    where to connect, or null when it cannot be used
 * @param problem     empty when usable; otherwise what is wrong and what to do
 */
public record KnownEngine(String name, boolean current, String description, String host, EngineEndpoint endpoint,
                          String problem) {
    public KnownEngine {
        problem = problem == null ? "" : problem;
    }

    public boolean isUsable() {
        return endpoint != null;
    }
}
