package io.dockyard.model;

/** One object an engine holds: an image, a container, a volume, a network, a Swarm node, service or task. */
public sealed interface EngineObject permits ImageBlueprint, ContainerInstance, VolumeRecord, NetworkRecord,
        SwarmNode, SwarmService, SwarmTask {

    /** The engine's id for the object (a volume's id is its name). */
    String id();

    Kind kind();
}
