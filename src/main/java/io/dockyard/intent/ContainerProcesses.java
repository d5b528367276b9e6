package io.dockyard.intent;

import io.dockyard.model.ProcessTable;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@code docker top}: the container's processes, as the host sees them. */
public record ContainerProcesses(String container) implements Query<ProcessTable> {
    public ContainerProcesses {
        Objects.requireNonNull(container, "container");
    }

    @Override
    public List<String> cliArgs() {
        return List.of("docker", "top", container);
    }

    @Override
    public CompletableFuture<ProcessTable> accept(QueryVisitor visitor) {
        return visitor.visit(this);
    }
}
