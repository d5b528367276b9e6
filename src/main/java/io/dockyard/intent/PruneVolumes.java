package io.dockyard.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker volume prune -f}: deletes the local volumes no container mounts, with their data.
 *
 * <p>What "unused" takes depends on the engine: up to API 1.41 (Docker 20.10) prune takes every
 * unused volume, named or anonymous; from API 1.42 (Docker 23) it takes only anonymous ones unless
 * {@code --all} is given. {@link #unusedOn(String)} words the line for the engine in use so that
 * on both it removes every unused volume.
 *
 * @param all    also named volumes on an engine of API 1.42 or later ({@code --all}); the older
 *               engines do that without being asked and do not know the flag
 * @param labels only volumes carrying all of these labels; empty for every unused volume
 */
public record PruneVolumes(boolean all, Map<String, String> labels) implements Intent {
    public PruneVolumes {
        labels = Collections.unmodifiableMap(new TreeMap<>(labels == null ? Map.of() : labels));
    }

    /** Every unused volume, worded for an engine speaking this API version ({@code 1.41}). */
    public static PruneVolumes unusedOn(String apiVersion) {
        return new PruneVolumes(needsAll(apiVersion), Map.of());
    }

    /** Whether an engine of this API version spares named volumes unless {@code --all} is given. */
    public static boolean needsAll(String apiVersion) {
        String[] parts = apiVersion == null ? new String[0] : apiVersion.trim().split("\\.");
        try {
            return parts.length == 2 && (Integer.parseInt(parts[0]) > 1
                    || Integer.parseInt(parts[0]) == 1 && Integer.parseInt(parts[1]) >= 42);
        } catch (NumberFormatException unknown) {
            return false;
        }
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "volume", "prune", "-f"));
        if (all) {
            args.add("--all");
        }
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
