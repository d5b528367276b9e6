package io.dockyard.intent;

import java.util.List;

/**
 * {@code docker service update --image IMAGE NAME}: a rolling update, in which the swarm replaces
 * the service's tasks with tasks of the new image, as many at a time as the service's update
 * settings say.
 *
 * @param service the service's name or id
 * @param image   the image reference the tasks should run ({@link SwarmRules#serviceImage})
 */
public record UpdateServiceImage(String service, String image) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "service", "update", "--image", image, service);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
