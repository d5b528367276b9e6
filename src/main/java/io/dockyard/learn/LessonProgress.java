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
}
