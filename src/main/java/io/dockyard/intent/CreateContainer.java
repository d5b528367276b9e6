package io.dockyard.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker create}: makes a container from an image without starting it. It then exists,
 * in the state "Created", with its writable layer but no process.
 *
 * @param image   image reference or id
 * @param name    container name, or empty to let Docker pick one
 * @param labels  labels for the container
 * @param command replaces the image's command when not empty
 */
public record CreateContainer(String image, String name, Map<String, String> labels, List<String> command)
        implements Intent {
    public CreateContainer {
        name = name == null ? "" : name;
        labels = Collections.unmodifiableMap(new TreeMap<>(labels == null ? Map.of() : labels));
        command = List.copyOf(command);
    }

    /** The same container as {@code docker run -d} would make it, for the engine's create request. */
    public RunContainer asRun() {
        return RunContainer.of(image).withName(name).withLabels(labels).withCommand(command);
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "create"));
        if (!name.isEmpty()) {
            args.add("--name");
            args.add(name);
        }
        labels.forEach((k, v) -> {
            args.add("--label");
            args.add(k + "=" + v);
        });
        args.add(image);
        args.addAll(command);
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
