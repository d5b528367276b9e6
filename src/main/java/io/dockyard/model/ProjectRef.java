package io.dockyard.model;

import java.util.Objects;

/**
 * Names one compose project on one engine.
 *
 * @param engine the engine its containers run on
 * @param name   the project's name, from {@code com.docker.compose.project}
 */
public record ProjectRef(EngineId engine, String name) implements Target {
    public ProjectRef {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(name, "name");
    }
}
