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
    public static final String REPLICAS = "replicas";

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

    /**
     * Every lesson and then the swarm's, "One image, many replicas". Apart from {@link #all} because
     * its first step makes the engine a swarm ({@code docker swarm init}): a lesson path walked on a
     * shared engine must not do that unasked.
     */
    public static List<Lesson> withSwarm(Sandbox sandbox) {
        List<Lesson> lessons = new java.util.ArrayList<>(all(sandbox));
        lessons.add(SwarmLessons.replicas(sandbox));
        return List.copyOf(lessons);
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
