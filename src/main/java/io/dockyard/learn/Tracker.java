package io.dockyard.learn;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which containers and images belong to a lesson: those carrying its label, and those
 * made under its names while it was open (a learner may leave the label off in a terminal).
 */
final class Tracker {
    private Tracker() {
    }

    static Set<String> containers(Lesson lesson, EngineState state, List<EngineEvent> newEvents) {
        Set<String> ids = new HashSet<>();
        for (EngineEvent e : newEvents) {
            if (e instanceof EngineEvent.ContainerChanged c && c.action() == EngineEvent.ContainerAction.CREATE) {
                String name = c.details() != null ? c.details().name() : c.attribute("name");
                Map<String, String> labels = c.details() != null ? c.details().labels() : c.attributes();
                if (lesson.containerNames().contains(name) || isLessons(labels, Sandbox.CONTAINER_LABEL, lesson)) {
                    ids.add(c.containerId());
                }
            }
        }
        for (ContainerInstance c : state.containers().values()) {
            if (isLessons(c.labels(), Sandbox.CONTAINER_LABEL, lesson)) {
                ids.add(c.id());
            }
        }
        return ids;
    }

    /** Images with the lesson's label, or with one of its tags that was not on that image when it began. */
    static Set<String> images(Lesson lesson, EngineState state, EngineState atStart) {
        Set<String> ids = new HashSet<>();
        for (ImageBlueprint i : state.images().values()) {
            if (isLessons(i.labels(), Sandbox.IMAGE_LABEL, lesson)) {
                ids.add(i.id());
                continue;
            }
            List<String> before = atStart.image(i.id()).map(ImageBlueprint::repoTags).orElse(List.of());
            if (i.repoTags().stream().anyMatch(t -> lesson.imageTags().contains(t) && !before.contains(t))) {
                ids.add(i.id());
            }
        }
        return ids;
    }

    static boolean isLessons(Map<String, String> labels, String key, Lesson lesson) {
        return lesson.id().equals(labels.get(key))
                && lesson.scope().entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }
}
