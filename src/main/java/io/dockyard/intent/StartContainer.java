package io.dockyard.intent;

import java.util.List;

/** {@code docker start}: starts a created or stopped container. */
public record StartContainer(String container) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "start", container);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
