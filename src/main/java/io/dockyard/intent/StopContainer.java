package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker stop}: asks the main process to end (SIGTERM), then kills it after the timeout.
 *
 * @param timeoutSeconds seconds to wait before the kill, or null for the engine's default
 */
public record StopContainer(String container, Integer timeoutSeconds) implements Intent {
    public static StopContainer of(String container) {
        return new StopContainer(container, null);
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "stop"));
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
