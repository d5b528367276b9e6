package io.dockyard.intent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker build}: makes an image from a folder (the build context) and its Dockerfile.
 *
 * @param context    the folder sent to the engine
 * @param dockerfile the Dockerfile, or null for {@code context/Dockerfile}
 * @param tag        name for the new image, or empty
 * @param labels     labels added to the image
 * @param buildArgs  values for the Dockerfile's {@code ARG}s ({@code --build-arg})
 * @param forceRm    {@code --force-rm}: also remove the container of a failed step, which the
 *                   classic builder otherwise leaves behind as a stopped container nobody asked
 *                   for (BuildKit leaves none either way)
 */
public record BuildImage(Path context, Path dockerfile, String tag, Map<String, String> labels,
                         Map<String, String> buildArgs, boolean forceRm) implements Intent {
    public BuildImage {
        tag = tag == null ? "" : tag;
        labels = new TreeMap<>(labels == null ? Map.of() : labels);
        buildArgs = java.util.Collections.unmodifiableMap(new TreeMap<>(buildArgs == null ? Map.of() : buildArgs));
    }

    /** A build as Dockyard starts one itself: with {@code --force-rm}. */
    public BuildImage(Path context, Path dockerfile, String tag, Map<String, String> labels) {
        this(context, dockerfile, tag, labels, Map.of(), true);
    }

    @Override
    public Map<String, String> labels() {
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** The Dockerfile that will be read. */
    public Path effectiveDockerfile() {
        return dockerfile != null ? dockerfile : context.resolve("Dockerfile");
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "build"));
        if (forceRm) {
            args.add("--force-rm");
        }
        if (dockerfile != null && !dockerfile.equals(context.resolve("Dockerfile"))) {
            args.add("-f");
            args.add(dockerfile.toString());
        }
        if (!tag.isEmpty()) {
            args.add("-t");
            args.add(tag);
        }
        buildArgs.forEach((k, v) -> {
            args.add("--build-arg");
            args.add(k + "=" + v);
        });
        labels.forEach((k, v) -> {
            args.add("--label");
            args.add(k + "=" + v);
        });
        args.add(context.toString());
        return args;
    }

    @Override
    public boolean isLong() {
        return true;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
