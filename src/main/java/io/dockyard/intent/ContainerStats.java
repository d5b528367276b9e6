package io.dockyard.intent;

import io.dockyard.model.StatsSample;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code docker stats}: about one CPU and memory sample a second, until cancelled or the
 * container stops. A stream rather than a one-sample query because the engine pushes samples on
 * its own stream; asking again each second ({@code --no-stream}) would cost a request per sample.
 */
public record ContainerStats(String container) implements StreamingQuery<StatsSample> {
    public ContainerStats {
        Objects.requireNonNull(container, "container");
    }

    @Override
    public List<String> cliArgs() {
        return List.of("docker", "stats", container);
    }

    @Override
    public CompletableFuture<Void> accept(QueryVisitor visitor, Consumer<? super StatsSample> samples) {
        return visitor.visit(this, samples);
    }
}
