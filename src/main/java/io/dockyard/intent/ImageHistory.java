package io.dockyard.intent;

import io.dockyard.model.Layer;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@code docker history}: the steps that made the image and what each added. The answer is
 * oldest first, the reverse of the CLI's listing, so that it reads as the Dockerfile does.
 */
public record ImageHistory(String image) implements Query<List<Layer>> {
    public ImageHistory {
        Objects.requireNonNull(image, "image");
    }

    @Override
    public List<String> cliArgs() {
        return List.of("docker", "history", image);
    }

    @Override
    public CompletableFuture<List<Layer>> accept(QueryVisitor visitor) {
        return visitor.visit(this);
    }
}
