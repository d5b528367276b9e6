package io.dockyard.learn;

import java.util.List;
import java.util.Set;

import static io.dockyard.learn.StepBuilder.step;

/** Lessons about files: the read-only image layers and each container's writable layer. */
final class LayerLessons {
    static final String NOTE = "/note.txt";
    static final String FILLER = "/filler.bin";
    static final long FILLER_BYTES = 8L * 1024 * 1024;

    private LayerLessons() {
    }

    static Lesson mutable(Sandbox s) {
        return new Lesson(Lessons.MUTABLE, "Changes belong to the container",
                "Change a file inside a container and watch where the change lives: in that container only, "
                        + "gone when it is removed, unless you commit it into a new image.",
                java.util.stream.Stream.concat(changeSteps(s).stream(), keepSteps(s).stream()).toList(),
                new Recap(ComparisonRow.MUTABILITY, "Images are immutable: writing in a container touched only "
                        + "its own writable layer, which was thrown away with it. To keep a change you made a new "
                        + "image; the old one is unchanged."),
                Set.of(s.name("note-a"), s.name("note-b"), s.name("note-c")), Set.of(s.name("note:1")),
                Lessons.needsBase(s), s.extraLabels());
    }

    /** Two containers, and a change written in one of them only. */
    private static List<Step> changeSteps(Sandbox s) {
        String base = s.baseImage();
        String a = s.name("note-a");
        String b = s.name("note-b");
        Step twins = step("Start two containers",
                "Start two containers from the same image; right now their files are identical.")
                .perform("run", "-d", "--name", a, s.containerLabels(Lessons.MUTABLE), base)
                .perform("run", "-d", "--name", b, s.containerLabels(Lessons.MUTABLE), base)
                .check(Checks.runningFrom(a, base).and(Checks.runningFrom(b, base)))
                .highlight(base, a, b)
                .build();
        Step write = step("Write a file in one of them",
                "Write a file in " + a + ". docker diff lists what changed in its writable layer (A means added). "
                        + "Look for the file in " + b + ": it is not there, each container has its own layer.")
                .perform("exec", a, "sh", "-c", "echo written in a container > " + NOTE)
                .see("diff", a)
                .attempt("exec", b, "cat", NOTE)
                .probe(ProbeRequest.diff(a), ProbeRequest.file(b, NOTE))
                .check(in -> in.facts().diff(a).mentions("A " + NOTE) && in.facts().file(b, NOTE).no())
                .hintOnMistake(in -> in.facts().file(b, NOTE).yes(), "The file landed in " + b + ". That works "
                        + "too, but the lesson watches " + a + ": write it there with the first line.")
                .hintAfter(40, "docker exec runs a command inside a running container; the sh -c part does the writing.")
                .highlight(a, b)
                .build();
        return List.of(twins, write);
    }

    /** The change kept in a new image, lost with its container, found again in the new image. */
    private static List<Step> keepSteps(Sandbox s) {
        String base = s.baseImage();
        String a = s.name("note-a");
        String c = s.name("note-c");
        String saved = s.name("note:1");
        Step commit = step("Save the change as a new image",
                "The change lives only in " + a + ". docker commit freezes the container's files into a new "
                        + "image; the image you started from stays as it was. (The two LABEL settings only mark the new image "
                        + "as this lesson's, so that Reset can find it.)")
                .perform("commit", s.commitLabels(Lessons.MUTABLE), a, saved)
                .see("images")
                .check(Checks.madeDuringStep(saved).and(Checks.imageUntouched(base))
                        .and(in -> !Checks.imageId(in.state(), saved).equals(Checks.imageId(in.state(), base))))
                .highlight(a, base)
                .build();
        Step remove = step("Remove the container that had the change",
                "Remove " + a + ". Its writable layer, and the file in it, go with it. The original image never "
                        + "had the file, so a new container from it does not have it either.")
                .perform("rm", "-f", a)
                .attempt("run", "--rm", base, "cat", NOTE)
                .check(Checks.gone(a).and(Checks.imageUntouched(base)).and(Checks.hasTag(saved)))
                .highlight(a, base)
                .build();
        Step fromSaved = step("Run the image you committed",
                "A container from " + saved + " starts with the file already there: this time it is part of the "
                        + "image's read-only layers, not a change of the container's own.")
                .perform("run", "-d", "--name", c, s.containerLabels(Lessons.MUTABLE), saved)
                .see("exec", c, "cat", NOTE)
                .probe(ProbeRequest.file(c, NOTE), ProbeRequest.diff(c))
                .check(Checks.runningFrom(c, saved).and(in -> in.facts().file(c, NOTE).yes()
                        && !in.facts().diff(c).mentions(NOTE)))
                .highlight(saved, c)
                .build();
        return List.of(commit, remove, fromSaved);
    }

    static Lesson storage(Sandbox s) {
        String base = s.baseImage();
        String box = s.name("layer");
        Step run = step("Start a container and compare sizes",
                "docker history lists the image's read-only layers and their sizes. docker ps -s shows the "
                        + "container's own writable layer: almost nothing, it only holds what the container changes.")
                .perform("run", "-d", "--name", box, s.containerLabels(Lessons.STORAGE), base)
                .see("history", base)
                .see("ps", "-s")
                .check(Checks.runningFrom(box, base).and(in -> Checks.writableSize(in.state(), box) >= 0))
                .highlight(base, box)
                .build();
        Step grow = step("Write 8 MB into the container",
                "Fill a file with 8 MB of zeros inside the container. Its writable layer grows by that much; "
                        + "the image's layers do not change by a byte.")
                .perform("exec", box, "dd", "if=/dev/zero", "of=" + FILLER, "bs=1M", "count=8")
                .see("ps", "-s")
                .check(in -> grewBy(in, box, FILLER_BYTES) && Checks.imageUntouched(base).test(in))
                .hintAfter(40, "Sizes are read when the engine reports the exec; docker ps -s shows them right away.")
                .highlight(base, box)
                .build();
        Step remove = step("Remove the container",
                "Removing the container deletes its writable layer and the 8 MB in it. The image is untouched, "
                        + "ready for the next container.")
                .perform("rm", "-f", box)
                .see("images")
                .check(Checks.gone(box).and(Checks.imageUntouched(base)))
                .highlight(base, box)
                .build();
        return new Lesson(Lessons.STORAGE, "Layers on disk, a thin layer on top",
                "Compare where an image and a container keep their files: the image in shared read-only layers, "
                        + "the container in a thin writable layer that grows as it writes.",
                List.of(run, grow, remove),
                new Recap(ComparisonRow.STORAGE, "The image's layers sit on disk, read-only and shared by every "
                        + "container made from it. Each container adds one thin writable layer (and memory while "
                        + "it runs); that layer held your 8 MB and went away with the container."),
                Set.of(box), Set.of(), Lessons.needsBase(s), s.extraLabels());
    }

    private static boolean grewBy(CheckInput in, String name, long bytes) {
        long then = Checks.writableSize(in.before(), name);
        long now = Checks.writableSize(in.state(), name);
        return then >= 0 && now >= then + bytes;
    }
}
