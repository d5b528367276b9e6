package io.dockyard.model;

/**
 * The kinds of object an engine holds. Each kind has one catalog in {@link EngineState}, one
 * source in the feed and one node factory on the yard.
 */
public enum Kind {
    IMAGE(ImageBlueprint.class),
    CONTAINER(ContainerInstance.class),
    VOLUME(VolumeRecord.class),
    NETWORK(NetworkRecord.class),
    NODE(SwarmNode.class),
    SERVICE(SwarmService.class),
    TASK(SwarmTask.class);

    private final Class<? extends EngineObject> type;

    Kind(Class<? extends EngineObject> type) {
        this.type = type;
    }

    /** The record that stands for objects of this kind, or null while Dockyard does not model the kind yet. */
    public Class<? extends EngineObject> type() {
        return type;
    }

    /** Whether the model has a catalog for this kind. */
    public boolean isModelled() {
        return type != null;
    }
}
