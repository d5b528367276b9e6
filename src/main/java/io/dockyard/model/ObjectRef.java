package io.dockyard.model;

import java.util.Objects;

/**
 * Names one object anywhere: which engine, which kind, which id.
 *
 * @param engine the engine that holds it
 * @param kind   what it is
 * @param id     the engine's id for it (a volume's name)
 */
public record ObjectRef(EngineId engine, Kind kind, String id) implements Target {
    public ObjectRef {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** The object named on the given engine. */
    public static ObjectRef of(EngineId engine, EngineObject object) {
        return new ObjectRef(engine, object.kind(), object.id());
    }
}
