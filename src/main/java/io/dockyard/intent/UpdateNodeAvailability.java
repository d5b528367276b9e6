package io.dockyard.intent;

import io.dockyard.model.SwarmNode.Availability;

import java.util.List;
import java.util.Objects;

/**
 * {@code docker node update --availability drain|active|pause NODE}: drain moves a node's tasks to
 * the other nodes, pause keeps them but places no new ones, active lets it take tasks again.
 *
 * @param node         the node's id or hostname
 * @param availability what the node should be
 */
public record UpdateNodeAvailability(String node, Availability availability) implements Intent {
    public UpdateNodeAvailability {
        Objects.requireNonNull(availability, "availability");
    }

    @Override
    public List<String> cliArgs() {
        return List.of("docker", "node", "update", "--availability", availability.word(), node);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
