package io.dockyard.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker run -d}: creates a container from an image and starts it in the background.
 *
 * @param image      image reference or id
 * @param name       container name, or empty to let Docker pick one
 * @param ports      published ports
 * @param env        environment, {@code KEY=value}
 * @param volumes    volumes and bind mounts
 * @param command    replaces the image's command when not empty
 * @param restart    restart policy
 * @param autoRemove remove the container when it exits ({@code --rm})
 * @param labels     labels for the container
 * @param network    the network to attach it to ({@code --network}), or empty for the default bridge
 */
public record RunContainer(String image, String name, List<PortSpec> ports, List<String> env,
                           List<VolumeSpec> volumes, List<String> command, RestartPolicy restart,
                           boolean autoRemove, Map<String, String> labels, String network) implements Intent {
    public RunContainer {
        name = name == null ? "" : name;
        network = network == null ? "" : network;
        ports = List.copyOf(ports);
        env = List.copyOf(env);
        volumes = List.copyOf(volumes);
        command = List.copyOf(command);
        restart = restart == null ? RestartPolicy.NO : restart;
        labels = Collections.unmodifiableMap(new TreeMap<>(labels == null ? Map.of() : labels));
    }

    /** A run on the default bridge. */
    public RunContainer(String image, String name, List<PortSpec> ports, List<String> env, List<VolumeSpec> volumes,
                        List<String> command, RestartPolicy restart, boolean autoRemove, Map<String, String> labels) {
        this(image, name, ports, env, volumes, command, restart, autoRemove, labels, "");
    }

    /** What dragging a blueprint onto the yard does: the image's own command, a name Docker picks. */
    public static RunContainer of(String image) {
        return new RunContainer(image, "", List.of(), List.of(), List.of(), List.of(), RestartPolicy.NO, false,
                Map.of());
    }

    public RunContainer withName(String newName) {
        return new RunContainer(image, newName, ports, env, volumes, command, restart, autoRemove, labels, network);
    }

    public RunContainer withCommand(List<String> newCommand) {
        return new RunContainer(image, name, ports, env, volumes, newCommand, restart, autoRemove, labels, network);
    }

    public RunContainer withLabels(Map<String, String> newLabels) {
        return new RunContainer(image, name, ports, env, volumes, command, restart, autoRemove, newLabels, network);
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "run", "-d"));
        if (!name.isEmpty()) {
            args.add("--name");
            args.add(name);
        }
        ports.forEach(p -> option(args, "-p", p.toCli()));
        env.forEach(e -> option(args, "-e", e));
        volumes.forEach(v -> option(args, "-v", v.toCli()));
        if (!restart.isNo()) {
            option(args, "--restart", restart.toCli());
        }
        if (autoRemove) {
            args.add("--rm");
        }
        if (!network.isEmpty()) {
            option(args, "--network", network);
        }
        labels.forEach((k, v) -> option(args, "--label", k + "=" + v));
        args.add(image);
        args.addAll(command);
        return args;
    }

    private static void option(List<String> args, String flag, String value) {
        args.add(flag);
        args.add(value);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
