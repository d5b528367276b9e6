package io.dockyard.learn;

import java.util.List;
import java.util.Set;

import static io.dockyard.learn.StepBuilder.step;

/** Lessons about what a container is wired to: volumes that keep data, networks that carry names. */
final class WiringLessons {
    static final String NOTE = "/note.txt";
    static final String DATA = "/data";
    static final String KEPT_NOTE = DATA + "/note.txt";

    private WiringLessons() {
    }

    static Lesson volumes(Sandbox s) {
        String base = s.baseImage();
        String scratch = s.name("scratch");
        String writer = s.name("writer");
        String reader = s.name("reader");
        String notes = s.name("notes");
        String mount = notes + ":" + DATA;
        Step inLayer = step("Write a note inside a container",
                "Start a container and write a file in it. The file lands in the container's own writable "
                        + "layer, the thin layer on top of the image.")
                .perform("run", "-d", "--name", scratch, s.containerLabels(Lessons.VOLUMES), base)
                .perform("exec", scratch, "sh", "-c", "echo hello > " + NOTE)
                .probe(ProbeRequest.file(scratch, NOTE))
                .check(Checks.running(scratch).and(in -> in.facts().file(scratch, NOTE).yes()))
                .highlight(base, scratch)
                .build();
        Step gone = step("Remove the container, and the note is gone",
                "Remove it. Its writable layer goes with it, and so does the note: a new container from the same "
                        + "image starts without it.")
                .perform("rm", "-f", scratch)
                .attempt("run", "--rm", base, "cat", NOTE)
                .check(Checks.gone(scratch))
                .highlight(base, scratch)
                .build();
        Step inVolume = step("Write the note in a volume",
                "A volume is storage the engine keeps apart from every container. Make one, start a container "
                        + "with it mounted at " + DATA + ", and write the note there.")
                .perform("volume", "create", s.containerLabels(Lessons.VOLUMES), notes)
                .perform("run", "-d", "--name", writer, "-v", mount, s.containerLabels(Lessons.VOLUMES), base)
                .perform("exec", writer, "sh", "-c", "echo hello > " + KEPT_NOTE)
                .probe(ProbeRequest.file(writer, KEPT_NOTE))
                .check(Checks.volumeExists(notes).and(Checks.mounts(writer, notes, DATA)).and(Checks.running(writer))
                        .and(in -> in.facts().file(writer, KEPT_NOTE).yes()))
                .hintOnMistake(Checks.running(writer).and(Checks.mounts(writer, notes, DATA).negate()),
                        writer + " runs without the volume. Remove it (docker rm -f " + writer + ") and run it with -v "
                                + mount + ".")
                .highlight(base, writer, notes)
                .build();
        Step outlives = step("Remove the container; the volume stays",
                "Remove the container that wrote the note. docker volume ls still lists the volume: it does not "
                        + "belong to any one container.")
                .perform("rm", "-f", writer)
                .see("volume", "ls")
                .check(Checks.gone(writer).and(Checks.volumeExists(notes)))
                .highlight(notes)
                .build();
        Step found = step("A new container finds the note",
                "Start a fresh container on the same volume. The note is there: it outlived the container that "
                        + "wrote it.")
                .perform("run", "-d", "--name", reader, "-v", mount, s.containerLabels(Lessons.VOLUMES), base)
                .see("exec", reader, "cat", KEPT_NOTE)
                .probe(ProbeRequest.file(reader, KEPT_NOTE))
                .check(Checks.running(reader).and(Checks.mounts(reader, notes, DATA))
                        .and(in -> in.facts().file(reader, KEPT_NOTE).yes()))
                .highlight(base, reader, notes)
                .build();
        return new Lesson(Lessons.VOLUMES, "Data that outlives its container",
                "See where a container's changes go: into its writable layer, which dies with it, unless you "
                        + "write them into a volume, which stays.",
                List.of(inLayer, gone, inVolume, outlives, found),
                new Recap(ComparisonRow.STORAGE, "A container's writable layer is temporary: the first note went "
                        + "with its container. A volume sits beside the layers, so the second note was still there "
                        + "for the next container. Keep data you care about in a volume."),
                Set.of(scratch, writer, reader), Set.of(), Lessons.needsBase(s), s.extraLabels(), Set.of(notes),
                Set.of());
    }

    static Lesson networks(Sandbox s) {
        String base = s.baseImage();
        String wire = s.name("wire");
        String ping = s.name("ping");
        String pong = s.name("pong");
        String loner = s.name("loner");
        Step network = step("Make a network",
                "A user-defined network is a private wire. Containers on it can find each other by name.")
                .perform("network", "create", s.containerLabels(Lessons.NETWORKS), wire)
                .see("network", "ls")
                .check(Checks.networkExists(wire))
                .highlight(wire)
                .build();
        Step two = step("Start two containers on it",
                "Start two containers with --network, so that both hang on the same wire.")
                .perform("run", "-d", "--name", ping, "--network", wire, s.containerLabels(Lessons.NETWORKS), base)
                .perform("run", "-d", "--name", pong, "--network", wire, s.containerLabels(Lessons.NETWORKS), base)
                .check(Checks.running(ping).and(Checks.running(pong))
                        .and(Checks.attachedTo(ping, wire)).and(Checks.attachedTo(pong, wire)))
                .hintOnMistake(Checks.running(pong).and(Checks.attachedTo(pong, wire).negate()),
                        pong + " is not on " + wire + ". Remove it and run it again with --network " + wire + ".")
                .highlight(wire, ping, pong)
                .build();
        Step byName = step("Reach one from the other by name",
                "Ping " + pong + " from inside " + ping + ", by name. The network's own name server turns the "
                        + "name " + pong + " into its address, and " + pong + " answers.")
                .perform("exec", ping, "ping", "-c", "1", "-W", "2", pong)
                .check(Checks.running(pong).and(Checks.attachedTo(ping, wire))
                        .and(Checks.execEndedDuringStep(ping, exit -> exit == 0)))
                .hintOnMistake(Checks.execEndedDuringStep(ping, exit -> exit != 0),
                        "The ping failed. Are both " + ping + " and " + pong + " running, on " + wire + "?")
                .highlight(ping, pong, wire)
                .build();
        Step bridge = step("On the default bridge, names mean nothing",
                "A container started without --network lands on the default bridge. It has an address, but no "
                        + "name server that knows " + pong + ", so the same ping fails: bad address.")
                .perform("run", "-d", "--name", loner, s.containerLabels(Lessons.NETWORKS), base)
                .performToFail("exec", loner, "ping", "-c", "1", "-W", "2", pong)
                .check(Checks.running(loner).and(Checks.attachedTo(loner, "bridge"))
                        .and(Checks.execEndedDuringStep(loner, exit -> exit != 0)))
                .highlight(loner, pong)
                .build();
        return new Lesson(Lessons.NETWORKS, "Containers that talk",
                "Wire two containers together on a network of your own, reach one from the other by name, and see "
                        + "that the default bridge does not do that.",
                List.of(network, two, byName, bridge),
                new Recap(ComparisonRow.STORAGE, "An image holds files; only containers have addresses and talk. "
                        + "On a network you make, they find each other by name; on the default bridge they would "
                        + "need each other's address."),
                Set.of(ping, pong, loner), Set.of(), Lessons.needsBase(s), s.extraLabels(), Set.of(), Set.of(wire));
    }
}
