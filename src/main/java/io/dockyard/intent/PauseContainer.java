package io.dockyard.intent;

import java.util.List;

/** {@code docker pause}: freezes every process of a running container. */
public record PauseContainer(String container) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "pause", container);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
