package io.dockyard.intent;

import java.util.List;

/** {@code docker unpause}: lets a paused container run on. */
public record UnpauseContainer(String container) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "unpause", container);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
