package io.dockyard.intent;

import java.util.List;

/** {@code docker pull}: downloads an image from its registry. */
public record PullImage(String reference) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "pull", reference);
    }

    @Override
    public boolean isLong() {
        return true;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
