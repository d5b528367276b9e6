package io.dockyard.learn;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What "Reset lesson" removes: the services, containers, volumes, networks and images the lesson
 * made (by label, by the lesson's names, or tracked by id from the engine's events) and nothing
 * else. Services go first (with their tasks' containers), then containers, then volumes and
 * networks, then images, newest first,
 * each by the command that removes it. An image that also carries a tag of the learner's own only
 * loses the lesson's tags.
 *
 * @param removals in the order they run
 */
public record ResetPlan(List<Removal> removals) {
    /** The label the swarm puts on the container of each task: the id of the task's service. */
    static final String SWARM_SERVICE_LABEL = "com.docker.swarm.service.id";

    public ResetPlan {
        removals = List.copyOf(removals);
    }

    /** One object to remove, the command that does it, and how to name it in the confirmation. */
    public record Removal(Command command, String description) {
    }

    public boolean isEmpty() {
        return removals.isEmpty();
    }

    /** The lines the confirmation shows. */
    public List<String> descriptions() {
        return removals.stream().map(Removal::description).toList();
    }

    public static ResetPlan of(Lesson lesson, LessonContext context, EngineState state) {
        List<Removal> out = new ArrayList<>();
        // a service first: the swarm removes its tasks' containers, and would replace any removed before it
        Set<String> services = new java.util.HashSet<>();
        state.services().values().stream()
                .filter(v -> Tracker.isLessons(v.labels(), Sandbox.CONTAINER_LABEL, lesson))
                .sorted(Comparator.comparing(io.dockyard.model.SwarmService::name))
                .forEach(v -> {
                    services.add(v.id());
                    out.add(new Removal(Command.perform("service", "rm", v.name()),
                            "service " + v.name() + " and the containers of its tasks"));
                });
        state.containers().values().stream()
                .filter(c -> !services.contains(c.labels().getOrDefault(SWARM_SERVICE_LABEL, "")))
                .filter(c -> context.trackedContainers().contains(c.id())
                        || Tracker.isLessons(c.labels(), Sandbox.CONTAINER_LABEL, lesson))
                .sorted(Comparator.comparing(ContainerInstance::created, Comparator.nullsFirst(Comparator.reverseOrder())))
                .forEach(c -> out.add(new Removal(Command.perform("rm", "-f", c.id()),
                        "container " + c.name() + " (" + c.shortId() + ", " + c.state().engineName() + ")")));
        // volumes and networks after the containers that use them, which the engine insists on
        state.volumes().values().stream()
                .filter(v -> lesson.volumeNames().contains(v.name())
                        || Tracker.isLessons(v.labels(), Sandbox.CONTAINER_LABEL, lesson))
                .sorted(Comparator.comparing(io.dockyard.model.VolumeRecord::name))
                .forEach(v -> out.add(new Removal(Command.perform("volume", "rm", v.name()),
                        "volume " + v.name() + " and every file in it")));
        state.networks().values().stream()
                .filter(n -> !n.isDefault() && (lesson.networkNames().contains(n.name())
                        || Tracker.isLessons(n.labels(), Sandbox.CONTAINER_LABEL, lesson)))
                .sorted(Comparator.comparing(io.dockyard.model.NetworkRecord::name))
                .forEach(n -> out.add(new Removal(Command.perform("network", "rm", n.name()),
                        "network " + n.name() + " (" + n.shortId() + ")")));
        Set<String> parents = parentIds(state);
        state.images().values().stream()
                .filter(i -> context.trackedImages().contains(i.id())
                        || Tracker.isLessons(i.labels(), Sandbox.IMAGE_LABEL, lesson))
                // a build's intermediate images go with the image built on them, and cannot go before it
                .filter(i -> !(i.isUntagged() && parents.contains(i.id())))
                .sorted(Comparator.comparing(ImageBlueprint::created, Comparator.nullsFirst(Comparator.<Instant>reverseOrder())))
                .forEach(i -> out.addAll(imageRemovals(lesson, i)));
        return new ResetPlan(out);
    }

    /** Ids that appear in another image's history: the layers that image was built on. */
    private static Set<String> parentIds(EngineState state) {
        Set<String> ids = new java.util.HashSet<>();
        for (ImageBlueprint i : state.images().values()) {
            i.layers().stream().map(io.dockyard.model.Layer::id).filter(id -> !id.equals(i.id())).forEach(ids::add);
        }
        return ids;
    }

    private static List<Removal> imageRemovals(Lesson lesson, ImageBlueprint image) {
        if (image.isUntagged()) {
            return List.of(new Removal(Command.perform("rmi", image.id()), "image " + image.shortId() + " (untagged)"));
        }
        Set<String> ours = lesson.imageTags();
        List<String> theirs = image.repoTags().stream().filter(t -> !ours.contains(t)).toList();
        boolean labelled = Tracker.isLessons(image.labels(), Sandbox.IMAGE_LABEL, lesson);
        List<Removal> out = new ArrayList<>();
        for (String tag : image.repoTags()) {
            if (ours.contains(tag) || labelled && theirs.isEmpty()) {
                out.add(new Removal(Command.perform("rmi", tag), "image " + tag + " (" + image.shortId() + ")"));
            }
        }
        return out;
    }
}
