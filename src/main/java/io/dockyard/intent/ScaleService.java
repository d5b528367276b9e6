package io.dockyard.intent;

import java.util.List;

/**
 * {@code docker service scale NAME=N}: asks a replicated service for so many tasks; the swarm
 * starts or shuts down tasks until that many run.
 *
 * @param service  the service's name or id
 * @param replicas how many tasks it should run, 0 to 1000 ({@link SwarmRules#replicas})
 */
public record ScaleService(String service, int replicas) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "service", "scale", service + "=" + replicas);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
