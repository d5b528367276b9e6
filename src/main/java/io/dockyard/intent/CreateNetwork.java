package io.dockyard.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker network create}: makes a user-defined network. Containers attached to it reach
 * each other by name, which they cannot on the default {@code bridge}.
 *
 * @param name     the network's name
 * @param driver   {@code bridge}, {@code overlay} …; empty for the engine's default ({@code bridge})
 * @param internal no way out to the host's networks ({@code --internal})
 * @param labels   labels for the network
 */
public record CreateNetwork(String name, String driver, boolean internal, Map<String, String> labels)
        implements Intent {
    public CreateNetwork {
        name = name == null ? "" : name;
        driver = driver == null ? "" : driver;
        labels = Collections.unmodifiableMap(new TreeMap<>(labels == null ? Map.of() : labels));
    }

    public static CreateNetwork named(String name) {
        return new CreateNetwork(name, "", false, Map.of());
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "network", "create"));
        if (!driver.isEmpty()) {
            args.add("--driver");
            args.add(driver);
        }
        if (internal) {
            args.add("--internal");
        }
        labels.forEach((k, v) -> {
            args.add("--label");
            args.add(k + "=" + v);
        });
        args.add(name);
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
