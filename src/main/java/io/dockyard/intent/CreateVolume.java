package io.dockyard.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker volume create}: makes a named volume, storage that outlives every container that
 * mounts it.
 *
 * @param name   the volume's name; empty lets the engine name it (64 hex digits)
 * @param driver {@code local} or a plugin's name; empty for the engine's default ({@code local})
 * @param labels labels for the volume
 */
public record CreateVolume(String name, String driver, Map<String, String> labels) implements Intent {
    public CreateVolume {
        name = name == null ? "" : name;
        driver = driver == null ? "" : driver;
        labels = Collections.unmodifiableMap(new TreeMap<>(labels == null ? Map.of() : labels));
    }

    public static CreateVolume named(String name) {
        return new CreateVolume(name, "", Map.of());
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "volume", "create"));
        if (!driver.isEmpty()) {
            args.add("--driver");
            args.add(driver);
        }
        labels.forEach((k, v) -> {
            args.add("--label");
            args.add(k + "=" + v);
        });
        if (!name.isEmpty()) {
            args.add(name);
        }
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
