package io.dockyard.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A container: a running (or stopped) instance made from an image, with its own process,
 * ports and writable layer. Dockyard draws it as an instance linked to its blueprint.
 *
 * @param id           full id
 * @param name         name without the leading slash
 * @param imageId      id of the image it was made from; still set after that image lost its tags
 * @param imageRef     the reference it was run with, as the user typed it ({@code web:1.0})
 * @param command      entrypoint and command, joined as {@code docker ps} shows them
 * @param state        lifecycle state
 * @param status       human status text as the engine words it ("Up 3 minutes", "Exited (137) …")
 * @param exitCode     last exit code; 0 when it never ran
 * @param created      when it was created
 * @param started      when it last started, or null if never
 * @param finished     when it last stopped, or null if never
 * @param pid          host PID of its main process, 0 when it has none
 * @param ports        exposed and published ports
 * @param mounts       volumes and bind mounts
 * @param networks     the networks it is attached to, with its address and aliases on each
 * @param labels       its labels
 * @param env          its environment, {@code KEY=value}
 * @param health       health status ({@code healthy}, {@code unhealthy}, {@code starting}) or empty
 * @param writableSize bytes in its writable layer, or -1 while unknown
 */
public record ContainerInstance(String id, String name, String imageId, String imageRef, String command,
                                ContainerState state, String status, int exitCode,
                                Instant created, Instant started, Instant finished, long pid,
                                List<PortBinding> ports, List<MountPoint> mounts, List<Attachment> networks,
                                Map<String, String> labels, List<String> env, String health,
                                long writableSize) implements EngineObject {
    public static final long SIZE_UNKNOWN = -1;

    public ContainerInstance {
        name = name == null ? "" : name.startsWith("/") ? name.substring(1) : name;
        imageId = imageId == null ? "" : imageId;
        imageRef = imageRef == null ? "" : imageRef;
        command = command == null ? "" : command;
        status = status == null ? "" : status;
        health = health == null ? "" : health;
        ports = List.copyOf(ports);
        mounts = List.copyOf(mounts);
        networks = List.copyOf(networks);
        labels = Map.copyOf(labels);
        env = List.copyOf(env);
    }

    /** A container known only from an event, before (or without) its details. */
    public static ContainerInstance skeleton(String id, String name, String imageRef, Instant created) {
        return new ContainerInstance(id, name, "", imageRef, "", ContainerState.CREATED, "Created", 0,
                created, null, null, 0, List.of(), List.of(), List.of(), Map.of(), List.of(), "", SIZE_UNKNOWN);
    }

    @Override
    public Kind kind() {
        return Kind.CONTAINER;
    }

    public String shortId() {
        return Ids.shortId(id);
    }

    /** The compose project it belongs to, from its label, or empty for a container compose did not make. */
    public String composeProject() {
        return labels.getOrDefault(Compose.PROJECT_LABEL, "");
    }

    /** Its compose service, from its label, or empty. */
    public String composeService() {
        return labels.getOrDefault(Compose.SERVICE_LABEL, "");
    }

    /** The names of the networks it is attached to. */
    public List<String> networkNames() {
        return networks.stream().map(Attachment::networkName).toList();
    }

    public boolean hasWritableSize() {
        return writableSize >= 0;
    }

    public ContainerInstance withName(String newName) {
        return new ContainerInstance(id, newName, imageId, imageRef, command, state, status, exitCode, created,
                started, finished, pid, ports, mounts, networks, labels, env, health, writableSize);
    }

    public ContainerInstance withImageId(String newImageId) {
        return new ContainerInstance(id, name, newImageId, imageRef, command, state, status, exitCode, created,
                started, finished, pid, ports, mounts, networks, labels, env, health, writableSize);
    }

    public ContainerInstance withHealth(String newHealth) {
        return new ContainerInstance(id, name, imageId, imageRef, command, state, status, exitCode, created,
                started, finished, pid, ports, mounts, networks, labels, env, newHealth, writableSize);
    }

    /** The same container moved to another state, as an event says, with the status text to match. */
    public ContainerInstance withState(ContainerState newState, int newExitCode, Instant at) {
        Instant newStarted = newState == ContainerState.RUNNING && !state.hasProcess() ? at : started;
        Instant newFinished = newState == ContainerState.EXITED || newState == ContainerState.DEAD ? at : finished;
        long newPid = newState.hasProcess() ? pid : 0;
        ContainerInstance moved = new ContainerInstance(id, name, imageId, imageRef, command, newState, status,
                newExitCode, created, newStarted, newFinished, newPid, ports, mounts, networks, labels, env, health,
                writableSize);
        return moved.withStatus(StatusText.describe(moved, at));
    }

    public ContainerInstance withStatus(String newStatus) {
        return new ContainerInstance(id, name, imageId, imageRef, command, state, newStatus, exitCode, created,
                started, finished, pid, ports, mounts, networks, labels, env, health, writableSize);
    }
}
