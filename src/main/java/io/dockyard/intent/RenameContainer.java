package io.dockyard.intent;

import java.util.List;

/** {@code docker rename}: gives a container a new name. */
public record RenameContainer(String container, String newName) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "rename", container, newName);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
