package io.dockyard.intent;

import java.util.List;

/** {@code docker tag}: gives an image one more name. */
public record TagImage(String source, String target) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "tag", source, target);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
