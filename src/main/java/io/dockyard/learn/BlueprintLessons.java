package io.dockyard.learn;

import java.util.Set;

import static io.dockyard.learn.StepBuilder.args;
import static io.dockyard.learn.StepBuilder.step;

/** Lessons about images themselves: how one is made, and how one is thrown away. */
final class BlueprintLessons {
    private BlueprintLessons() {
    }

    static String[] buildBaseArgs(Sandbox s) {
        return args("build", "-t", s.baseImage(), s.imageLabels(Lessons.IMAGE), s.imageContext().toString());
    }

    static Lesson image(Sandbox s) {
        String base = s.baseImage();
        String copy = s.name("blueprint:copy");
        Step build = step("Build the image",
                "An image is made once, by building it from a Dockerfile or pulling it from a registry. "
                        + "The folder " + s.imageContext() + " holds a four-line Dockerfile and a static busybox: "
                        + "build it, then list your images and find " + base + " with its IMAGE ID.")
                .perform(buildBaseArgs(s))
                .see("images")
                .check(Checks.madeDuringStep(base))
                .hintAfter(45, "No luck? The build needs the folder " + s.imageContext() + " (Dockyard fills it "
                        + "with the Dockerfile and a copy of /bin/busybox). Without busybox on this machine, install "
                        + "it (apt-get install busybox-static) or, where a registry answers, build the variant that "
                        + "starts from the busybox image: docker build -f Dockerfile.from-busybox -t " + base + " "
                        + s.imageContext())
                .highlight(base)
                .build();
        Step tag = step("Give it a second name",
                "A tag is only a name pointing at an image. Add one, and docker images shows two rows with "
                        + "the same IMAGE ID: still one image, one set of layers on disk.")
                .perform("tag", base, copy)
                .see("images")
                // only a new tag counts: the build just before leaves image events behind it that
                // would otherwise pass this step on their own
                .check(Checks.newlyTagged(copy).and(in -> Checks.imageId(in.state(), copy)
                        .equals(Checks.imageId(in.state(), base))))
                .hintOnMistake(in -> Checks.tagged(in.before(), copy).isPresent(), copy + " was already there "
                        + "when this step began. Remove that name first (docker rmi " + copy + ", the image stays), "
                        + "then tag again.")
                .hintOnMistake(in -> Checks.tagged(in.state(), copy).isPresent()
                                && !Checks.imageId(in.state(), copy).equals(Checks.imageId(in.state(), base)),
                        copy + " names a different image. Point it at " + base + ": docker tag " + base + " " + copy)
                .highlight(base)
                .build();
        return new Lesson(Lessons.IMAGE, "Make a blueprint",
                "Build an image from a sample Dockerfile and see it listed. Nothing runs yet: an image is a "
                        + "template stored on disk, made once and then only read.",
                java.util.List.of(build, tag),
                new Recap(ComparisonRow.HOW_MADE, "You made a blueprint with docker build (a pull would have "
                        + "fetched one instead). It runs nothing and will never change; containers are made from it "
                        + "later, with docker run."),
                Set.of(), Set.of(base, copy), null, s.extraLabels());
    }

    static Lesson cleanup(Sandbox s) {
        String tidy = s.name("tidy:1");
        String box = s.name("tidy-1");
        Step make = step("Make an image and use it",
                "Build a small throwaway image on top of the lesson image, then start a container from it.")
                .perform("build", "-t", tidy, "--build-arg", "BASE=" + s.baseImage(), s.imageLabels(Lessons.CLEANUP),
                        s.tidyContext().toString())
                .perform("run", "-d", "--name", box, s.containerLabels(Lessons.CLEANUP), tidy)
                .check(Checks.runningFrom(box, tidy))
                .hintAfter(40, "Both lines are needed: the build makes " + tidy + ", the run starts " + box + ".")
                .highlight(tidy, box)
                .build();
        Step freeIt = step("Remove the container first",
                "Try removing the image now: Docker refuses, because " + box + " was made from it and still "
                        + "needs its layers. Remove the container instead; the image stays.")
                .attempt("rmi", tidy)
                .perform("rm", "-f", box)
                .check(Checks.gone(box).and(Checks.hasTag(tidy)))
                .hintOnMistake(in -> Checks.tagged(in.state(), tidy).isEmpty(),
                        "The image went first (a forced removal?). Build it again with the first step's line.")
                .highlight(tidy, box)
                .build();
        Step drop = step("Now remove the image",
                "With no container left that needs it, the image can go.")
                .perform("rmi", tidy)
                .see("images")
                .check(in -> Checks.tagged(in.state(), tidy).isEmpty() && Checks.tagged(in.before(), tidy).isPresent())
                .hintAfter(40, "docker rmi " + tidy + " should work now. If it says another container uses it, "
                        + "docker ps -a --filter ancestor=" + tidy + " shows which.")
                .highlight(tidy)
                .build();
        return new Lesson(Lessons.CLEANUP, "Clean up in order",
                "Remove an image the right way round. Containers depend on their image, so the image can only "
                        + "go once no container, running or stopped, still uses it.",
                java.util.List.of(make, freeIt, drop),
                new Recap(ComparisonRow.HOW_MANY, "One image can stand behind many containers, and every one of "
                        + "them needs its layers. So containers go first, the image last."),
                Set.of(box), Set.of(tidy), Lessons.needsBase(s), s.extraLabels());
    }
}
