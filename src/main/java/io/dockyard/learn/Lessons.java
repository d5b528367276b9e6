package io.dockyard.learn;

import java.util.List;
import java.util.Optional;

/** The path of lessons, in the order a newcomer should take them. */
public final class Lessons {
    public static final String IMAGE = "image";
    public static final String MANY = "many";
    public static final String STATIC = "static";
    public static final String MUTABLE = "mutable";
    public static final String EXECUTION = "execution";
    public static final String STORAGE = "storage";
    public static final String VOLUMES = "volumes";
    public static final String NETWORKS = "networks";
    public static final String CLEANUP = "cleanup";

    private Lessons() {
    }

    /** Every lesson, with the sandbox's names, image and build contexts filled in. */
    public static List<Lesson> all(Sandbox sandbox) {
        return List.of(
                BlueprintLessons.image(sandbox),
                InstanceLessons.many(sandbox),
                InstanceLessons.still(sandbox),
                LayerLessons.mutable(sandbox),
                InstanceLessons.execution(sandbox),
                LayerLessons.storage(sandbox),
                WiringLessons.volumes(sandbox),
                WiringLessons.networks(sandbox),
                BlueprintLessons.cleanup(sandbox));
    }

    public static Optional<Lesson> byId(List<Lesson> lessons, String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The requirement of every lesson after the first: the lesson image must be there. */
    static Lesson.Requirement needsBase(Sandbox s) {
        return new Lesson.Requirement(Checks.hasTag(s.baseImage()),
                "This lesson runs the image " + s.baseImage() + ", which is not on this engine yet. "
                        + "Take the lesson \"Make a blueprint\" first, or build it yourself: "
                        + Command.perform(BlueprintLessons.buildBaseArgs(s)).cliLine());
    }
}
