package io.dockyard.learn;

import io.dockyard.model.EngineState;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a running lesson has tracked: when it and its current step began, the state at those
 * moments, and the containers and images it has seen made for it (by label, or by name from the
 * engine's events while the lesson was open).
 *
 * @param lessonId         the lesson
 * @param started          when the lesson began
 * @param stepIndex        the current step
 * @param stepStarted      when the current step began
 * @param atStart          the state when the lesson began
 * @param stepStart        the state when the current step began
 * @param stepFirstEvent   index, in the lesson's events, of the first event seen during the current step
 * @param trackedContainers ids of containers made for the lesson
 * @param trackedImages     ids of images made for the lesson
 */
public record LessonContext(String lessonId, Instant started, int stepIndex, Instant stepStarted,
                            EngineState atStart, EngineState stepStart, int stepFirstEvent,
                            Set<String> trackedContainers, Set<String> trackedImages) {
    public LessonContext {
        trackedContainers = Set.copyOf(trackedContainers);
        trackedImages = Set.copyOf(trackedImages);
    }

    public static LessonContext begin(String lessonId, int stepIndex, EngineState state, Instant now) {
        return new LessonContext(lessonId, now, stepIndex, now, state, state, 0, Set.of(), Set.of());
    }

    LessonContext atStep(int index, EngineState state, int firstEvent, Instant now) {
        return new LessonContext(lessonId, started, index, now, atStart, state, firstEvent, trackedContainers,
                trackedImages);
    }

    LessonContext tracking(Set<String> containers, Set<String> images) {
        Set<String> c = new LinkedHashSet<>(trackedContainers);
        c.addAll(containers);
        Set<String> i = new LinkedHashSet<>(trackedImages);
        i.addAll(images);
        return new LessonContext(lessonId, started, stepIndex, stepStarted, atStart, stepStart, stepFirstEvent, c, i);
    }
}
