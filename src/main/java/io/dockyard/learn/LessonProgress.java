package io.dockyard.learn;

import java.util.Set;

/**
 * What the learner has done, as saved with the settings.
 *
 * @param completed ids of finished lessons
 * @param current   the lesson open last, or empty
 * @param step      the step reached in that lesson
 */
public record LessonProgress(Set<String> completed, String current, int step) {
    public static final LessonProgress NONE = new LessonProgress(Set.of(), "", 0);

    public LessonProgress {
        completed = Set.copyOf(completed);
        current = current == null ? "" : current;
    }

    public LessonProgress withCompleted(String lessonId) {
        java.util.Set<String> all = new java.util.HashSet<>(completed);
        all.add(lessonId);
        return new LessonProgress(all, current, step);
    }

    public LessonProgress at(String lessonId, int stepIndex) {
        return new LessonProgress(completed, lessonId, stepIndex);
    }

    /** One line for a settings file: {@code done=image,many;open=mutable;step=2}. */
    public String toText() {
        return "done=" + String.join(",", new java.util.TreeSet<>(completed)) + ";open=" + current + ";step=" + step;
    }

    /** Reads {@link #toText()}; anything unreadable counts as no progress rather than failing. */
    public static LessonProgress fromText(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        java.util.Map<String, String> parts = new java.util.HashMap<>();
        for (String part : text.trim().split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        Set<String> done = java.util.Arrays.stream(parts.getOrDefault("done", "").split(","))
                .map(String::trim).filter(id -> !id.isEmpty()).collect(java.util.stream.Collectors.toSet());
        int step;
        try {
            step = Math.max(0, Integer.parseInt(parts.getOrDefault("step", "0")));
        } catch (NumberFormatException notANumber) {
            step = 0;
        }
        return new LessonProgress(done, parts.getOrDefault("open", ""), step);
    }
}
