package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker restart}: stop (with the timeout) then start again.
 *
 * @param timeoutSeconds seconds to wait before the kill, or null for the engine's default
 */
public record RestartContainer(String container, Integer timeoutSeconds) implements Intent {
    public static RestartContainer of(String container) {
        return new RestartContainer(container, null);
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "restart"));
        if (timeoutSeconds != null) {
            args.add("-t");
            args.add(String.valueOf(timeoutSeconds));
        }
        args.add(container);
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
