package io.dockyard.intent;

import io.dockyard.model.FileChange;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** {@code docker diff}: the files the container added, changed or deleted in its writable layer. */
public record ContainerChanges(String container) implements Query<List<FileChange>> {
    public ContainerChanges {
        Objects.requireNonNull(container, "container");
    }

    @Override
    public List<String> cliArgs() {
        return List.of("docker", "diff", container);
    }

    @Override
    public CompletableFuture<List<FileChange>> accept(QueryVisitor visitor) {
        return visitor.visit(this);
    }
}
