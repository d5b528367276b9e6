package io.dockyard.intent;

import java.util.List;

/**
 * {@code docker network disconnect}: takes a container off a network; it loses its address there.
 *
 * @param network   the network's name or id
 * @param container the container's name or id
 */
public record DisconnectNetwork(String network, String container) implements Intent {
    @Override
    public List<String> cliArgs() {
        return List.of("docker", "network", "disconnect", network, container);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
