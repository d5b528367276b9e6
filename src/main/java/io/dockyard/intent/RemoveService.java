package io.dockyard.intent;

import java.util.List;

/** {@code docker service rm NAME}: removes a service; the swarm shuts its tasks down and removes their containers. */
public record RemoveService(String service) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "service", "rm", service);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
