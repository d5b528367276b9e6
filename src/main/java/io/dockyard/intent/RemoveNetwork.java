package io.dockyard.intent;

import java.util.List;

/** {@code docker network rm}: deletes a network; the engine refuses while containers are attached to it. */
public record RemoveNetwork(String network) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "network", "rm", network);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
