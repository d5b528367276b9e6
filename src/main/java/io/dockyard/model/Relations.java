package io.dockyard.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the objects of one state hang together: which image each container was made from, which
 * volumes it mounts, which networks it is attached to, which compose project it belongs to. All of
 * it is derived from the objects themselves by {@link #of(EngineState)}, a pure function, so no
 * kind keeps a second copy of a fact another kind owns.
 *
 * @param mounts      every volume mount, one per container and mount point
 * @param binds       every bind mount of a host folder
 * @param attachments every attachment of a container to a network
 * @param projects    compose projects by name, sorted by name
 * @param placements  every Swarm task with its service, node and container, by service and slot
 */
public record Relations(List<Mount> mounts, List<Bind> binds, List<Link> attachments,
                        Map<String, ComposeProject> projects, List<Placement> placements) {
    public Relations {
        placements = List.copyOf(placements);
        mounts = List.copyOf(mounts);
        binds = List.copyOf(binds);
        attachments = List.copyOf(attachments);
        projects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(projects));
    }

    /**
     * A container's mount of a volume.
     *
     * @param containerId the container
     * @param volumeName  the volume
     * @param destination where the container sees it
     * @param readOnly    mounted {@code :ro}
     */
    public record Mount(String containerId, String volumeName, String destination, boolean readOnly) {
    }

    /** A container's bind mount of a host folder. */
    public record Bind(String containerId, String hostPath, String destination, boolean readOnly) {
    }

    /**
     * A container's attachment to a network.
     *
     * @param containerId the container
     * @param networkId   the network's full id, found by name where the container did not say
     * @param attachment  the container's address and aliases there
     */
    public record Link(String containerId, String networkId, Attachment attachment) {
    }

    /**
     * Where a Swarm task stands: task→service, task→node, task→container.
     *
     * @param taskId        the task
     * @param serviceId     its service, as the task names it
     * @param nodeId        the node it is placed on, or empty before it is placed
     * @param containerId   the container that runs it, or empty before there is one
     * @param containerHere true when this engine holds that container; a task placed on another
     *                      node runs its container on that node's engine, which this state does not hold
     */
    public record Placement(String taskId, String serviceId, String nodeId, String containerId,
                            boolean containerHere) {
    }

    public static Relations of(EngineState state) {
        List<Mount> mounts = new ArrayList<>();
        List<Bind> binds = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Map<String, String> networkIdByName = new HashMap<>();
        state.networks().values().forEach(n -> networkIdByName.put(n.name(), n.id()));
        List<ContainerInstance> containers = state.containers().values().stream()
                .sorted(Comparator.comparing(ContainerInstance::name).thenComparing(ContainerInstance::id)).toList();
        for (ContainerInstance c : containers) {
            for (MountPoint m : c.mounts()) {
                if (m.type().equals("volume") && !m.name().isEmpty()) {
                    mounts.add(new Mount(c.id(), m.name(), m.destination(), !m.readWrite()));
                } else if (m.type().equals("bind")) {
                    binds.add(new Bind(c.id(), m.source(), m.destination(), !m.readWrite()));
                }
            }
            for (Attachment a : c.networks()) {
                String id = !a.networkId().isEmpty() ? a.networkId() : networkIdByName.getOrDefault(a.networkName(), "");
                links.add(new Link(c.id(), id, a));
            }
        }
        return new Relations(mounts, binds, links, projects(state, containers), placements(state));
    }

    private static List<Placement> placements(EngineState state) {
        List<Placement> placements = new ArrayList<>();
        state.tasks().values().stream()
                .sorted(Comparator.comparing(SwarmTask::serviceId).thenComparingInt(SwarmTask::slot)
                        .thenComparing(SwarmTask::id))
                .forEach(t -> placements.add(new Placement(t.id(), t.serviceId(), t.nodeId(), t.containerId(),
                        !t.containerId().isEmpty() && state.containers().containsKey(t.containerId()))));
        return placements;
    }

    private static Map<String, ComposeProject> projects(EngineState state, List<ContainerInstance> containers) {
        Map<String, List<ContainerInstance>> members = new TreeMap<>();
        containers.stream().filter(c -> !c.composeProject().isEmpty())
                .forEach(c -> members.computeIfAbsent(c.composeProject(), k -> new ArrayList<>()).add(c));
        Map<String, List<String>> networks = new TreeMap<>();
        state.networks().values().stream().filter(n -> !n.composeProject().isEmpty())
                .sorted(Comparator.comparing(NetworkRecord::name))
                .forEach(n -> networks.computeIfAbsent(n.composeProject(), k -> new ArrayList<>()).add(n.id()));
        Map<String, List<String>> volumes = new TreeMap<>();
        state.volumes().values().stream().filter(v -> !v.composeProject().isEmpty())
                .sorted(Comparator.comparing(VolumeRecord::name))
                .forEach(v -> volumes.computeIfAbsent(v.composeProject(), k -> new ArrayList<>()).add(v.name()));
        Map<String, ComposeProject> projects = new TreeMap<>();
        for (Map.Entry<String, List<ContainerInstance>> e : members.entrySet()) {
            List<ContainerInstance> in = new ArrayList<>(e.getValue());
            in.sort(Comparator.comparing(ContainerInstance::composeService)
                    .thenComparing(c -> number(c.labels().get(Compose.NUMBER_LABEL)))
                    .thenComparing(ContainerInstance::name));
            ContainerInstance first = in.get(0);
            projects.put(e.getKey(), new ComposeProject(e.getKey(), in.stream().map(ContainerInstance::id).toList(),
                    networks.getOrDefault(e.getKey(), List.of()), volumes.getOrDefault(e.getKey(), List.of()),
                    first.labels().get(Compose.WORKING_DIR_LABEL), first.labels().get(Compose.CONFIG_FILES_LABEL)));
        }
        return projects;
    }

    private static int number(String text) {
        try {
            return text == null ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    /** The volume mounts of one volume, by container name. */
    public List<Mount> mountsOf(String volumeName) {
        return mounts.stream().filter(m -> m.volumeName().equals(volumeName)).toList();
    }

    /** The volume mounts of one container. */
    public List<Mount> mountsIn(String containerId) {
        return mounts.stream().filter(m -> m.containerId().equals(containerId)).toList();
    }

    /** The bind mounts of one container. */
    public List<Bind> bindsIn(String containerId) {
        return binds.stream().filter(b -> b.containerId().equals(containerId)).toList();
    }

    /** The attachments to one network. */
    public List<Link> attachedTo(String networkId) {
        return attachments.stream().filter(l -> l.networkId().equals(networkId)).toList();
    }

    /** The attachments of one container. */
    public List<Link> attachmentsOf(String containerId) {
        return attachments.stream().filter(l -> l.containerId().equals(containerId)).toList();
    }

    /** The tasks of one service, by slot. */
    public List<Placement> tasksOfService(String serviceId) {
        return placements.stream().filter(p -> p.serviceId().equals(serviceId)).toList();
    }

    /** The tasks placed on one node. */
    public List<Placement> tasksOnNode(String nodeId) {
        return placements.stream().filter(p -> p.nodeId().equals(nodeId)).toList();
    }

    /** The task a container runs, if it runs one that this state holds. */
    public java.util.Optional<Placement> taskOfContainer(String containerId) {
        return placements.stream().filter(p -> !containerId.isEmpty() && p.containerId().equals(containerId))
                .findFirst();
    }

    /** Whether any container, running or not, mounts the volume: what {@code docker volume prune} spares. */
    public boolean isUsed(String volumeName) {
        return mounts.stream().anyMatch(m -> m.volumeName().equals(volumeName));
    }
}
