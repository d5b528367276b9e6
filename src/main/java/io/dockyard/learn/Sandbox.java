package io.dockyard.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where lessons play: the names they give things, the image they start from, the build contexts
 * they use, and the labels they stick on everything. The app uses {@link #standard}; tests use a
 * prefix and a label of their own so they never touch anything else.
 *
 * @param prefix       put in front of every container name and lesson tag
 * @param baseImage    the image lessons run, built by the first lesson
 * @param imageContext the build context holding the sample Dockerfile and a static busybox
 * @param tidyContext  the build context of the clean-up lesson's throwaway image
 * @param extraLabels  more labels for everything lessons create (tests add their run label)
 */
public record Sandbox(String prefix, String baseImage, Path imageContext, Path tidyContext,
                      Map<String, String> extraLabels) {
    /** Label key on every container a lesson creates; the value is the lesson id. */
    public static final String CONTAINER_LABEL = "dockyard.lesson";
    /**
     * Label key on every image a lesson creates. It differs from {@link #CONTAINER_LABEL} because
     * containers inherit their image's labels: a container the learner runs from a lesson image
     * must not look like the lesson's own.
     */
    public static final String IMAGE_LABEL = "dockyard.lesson.image";
    public static final String STANDARD_BASE = "dockyard-lessons/busybox:1";

    public Sandbox {
        extraLabels = Map.copyOf(extraLabels);
    }

    public static Sandbox standard(Path imageContext, Path tidyContext) {
        return new Sandbox("learn-", STANDARD_BASE, imageContext, tidyContext, Map.of());
    }

    public String name(String suffix) {
        return prefix + suffix;
    }

    /** {@code --label k=v} pairs for a container of the given lesson. */
    public List<String> containerLabels(String lessonId) {
        return labelArgs(CONTAINER_LABEL, lessonId);
    }

    /** {@code --label k=v} pairs for an image the given lesson builds. */
    public List<String> imageLabels(String lessonId) {
        return labelArgs(IMAGE_LABEL, lessonId);
    }

    /** {@code -c LABEL k=v} pairs for {@code docker commit}. */
    public List<String> commitLabels(String lessonId) {
        // a commit copies the container's labels into the image; blank the container label so
        // containers later run from the new image are not mistaken for the lesson's own
        List<String> args = new ArrayList<>(List.of("-c", "LABEL " + IMAGE_LABEL + "=" + lessonId,
                "-c", "LABEL " + CONTAINER_LABEL + "="));
        extraLabels.forEach((k, v) -> args.addAll(List.of("-c", "LABEL " + k + "=" + v)));
        return args;
    }

    private List<String> labelArgs(String key, String lessonId) {
        // sorted by key, the order Dockyard's own intents write labels in
        java.util.Map<String, String> labels = new java.util.TreeMap<>(extraLabels);
        labels.put(key, lessonId);
        List<String> args = new ArrayList<>();
        labels.forEach((k, v) -> args.addAll(List.of("--label", k + "=" + v)));
        return args;
    }
}
