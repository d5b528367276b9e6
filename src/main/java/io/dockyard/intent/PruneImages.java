package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker image prune -f}: removes dangling images (untagged and used by no container).
 *
 * @param labels only images carrying all of these labels; empty for every dangling image
 */
public record PruneImages(Map<String, String> labels) implements Intent {
    public PruneImages {
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels == null ? Map.of() : labels));
    }

    public static PruneImages dangling() {
        return new PruneImages(Map.of());
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "image", "prune", "-f"));
        labels.forEach((k, v) -> {
            args.add("--filter");
            args.add("label=" + k + "=" + v);
        });
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
