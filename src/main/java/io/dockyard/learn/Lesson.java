package io.dockyard.learn;

import java.util.List;
import java.util.Set;

/**
 * A lesson: a goal, ordered steps each checked against the live engine, and a recap tied to one
 * row of the image-versus-container comparison.
 *
 * @param id             stable id, used in labels and saved progress
 * @param title          shown on the path
 * @param goal           one or two sentences
 * @param steps          in order
 * @param recap          shown when the lesson is done
 * @param containerNames the names the lesson's containers get, for tracking and reset
 * @param imageTags      the tags the lesson's images get, for tracking and reset
 * @param requirement    what must be there before the lesson can start, or null
 * @param scope          labels every object of this lesson also carries (the sandbox's extra labels),
 *                       so that a test's reset never reaches another run's objects
 * @param volumeNames    the names the lesson's volumes get, for reset
 * @param networkNames   the names the lesson's networks get, for reset
 */
public record Lesson(String id, String title, String goal, List<Step> steps, Recap recap,
                     Set<String> containerNames, Set<String> imageTags, Requirement requirement,
                     java.util.Map<String, String> scope, Set<String> volumeNames, Set<String> networkNames) {
    public Lesson {
        scope = java.util.Map.copyOf(scope);
        steps = List.copyOf(steps);
        containerNames = Set.copyOf(containerNames);
        imageTags = Set.copyOf(imageTags);
        volumeNames = Set.copyOf(volumeNames);
        networkNames = Set.copyOf(networkNames);
    }

    /** A lesson that makes only containers and images. */
    public Lesson(String id, String title, String goal, List<Step> steps, Recap recap, Set<String> containerNames,
                  Set<String> imageTags, Requirement requirement, java.util.Map<String, String> scope) {
        this(id, title, goal, steps, recap, containerNames, imageTags, requirement, scope, Set.of(), Set.of());
    }

    /**
     * Something a lesson needs before it starts, and what to do when it is missing.
     *
     * @param met     pure test on the state
     * @param missing what to run and why, in words for the learner
     */
    public record Requirement(Check met, String missing) {
    }
}
