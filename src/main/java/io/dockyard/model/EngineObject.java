package io.dockyard.model;

/** One object an engine holds: an image, a container, a volume, a network. */
public sealed interface EngineObject permits ImageBlueprint, ContainerInstance, VolumeRecord, NetworkRecord {

    /** The engine's id for the object (a volume's id is its name). */
    String id();

    Kind kind();
}
