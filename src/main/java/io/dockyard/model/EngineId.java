package io.dockyard.model;

/**
 * Names one engine.
 *
 * @param id   the engine's own id, as {@code docker info} gives it; empty before the engine answered
 * @param name what people call it: the context name, or the host
 */
public record EngineId(String id, String name) {
    /** The engine of a session that has not heard from its engine yet. */
    public static final EngineId UNKNOWN = new EngineId("", "");

    public EngineId {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
    }

    /** Names an object of this engine. */
    public ObjectRef ref(Kind kind, String objectId) {
        return new ObjectRef(this, kind, objectId);
    }
}
