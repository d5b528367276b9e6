package io.dockyard.learn;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.PortBinding;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.dockyard.learn.StepBuilder.step;

/** Lessons about containers as live instances: many from one image, stopping, processes. */
final class InstanceLessons {
    private InstanceLessons() {
    }

    static Lesson many(Sandbox s) {
        String base = s.baseImage();
        String one = s.name("web-1");
        String two = s.name("web-2");
        Step first = step("Start a container",
                "Run the image in the background under a name. -p 80 publishes the web server inside on a "
                        + "free port of your machine; docker ps shows which.")
                .perform("run", "-d", "--name", one, "-p", "80", s.containerLabels(Lessons.MANY), base)
                .see("ps")
                .check(Checks.runningFrom(one, base))
                .hintAfter(30, "Copy the line exactly; the name must be " + one + ".")
                .highlight(base, one)
                .build();
        Step second = step("Start a second one from the same image",
                "Run the same image again under another name. Each container gets its own process (a different "
                        + "PID) and its own port, yet both hang off one blueprint.")
                .perform("run", "-d", "--name", two, "-p", "80", s.containerLabels(Lessons.MANY), base)
                .see("ps")
                .see("inspect", "--format", "{{.Name}} pid {{.State.Pid}}", one, two)
                .check(Checks.runningFrom(two, base).and(Checks.runningFrom(one, base))
                        .and(in -> ownPidsAndPorts(in, one, two)))
                .hintOnMistake(in -> Checks.named(in.state(), two).filter(c -> !c.imageId()
                                .equals(Checks.imageId(in.state(), base))).isPresent(),
                        two + " was made from another image. Remove it (docker rm -f " + two + ") and run " + base + ".")
                .hintOnMistake(Checks.running(one).and(Checks.running(two))
                                .and(in -> !ownPidsAndPorts(in, one, two)),
                        "Both run, but they need a published port each: add -p 80 to the run line.")
                .highlight(base, one, two)
                .build();
        return new Lesson(Lessons.MANY, "One blueprint, many instances",
                "Start two containers from the same image. Each is a separate running thing with its own "
                        + "process and port, and both point back at one image.",
                List.of(first, second),
                new Recap(ComparisonRow.HOW_MANY, "One image gave you two containers, and it could give you "
                        + "fifty. The image exists once; each container is one instance with a life of its own."),
                Set.of(one, two), Set.of(), Lessons.needsBase(s));
    }

    static boolean ownPidsAndPorts(CheckInput in, String one, String two) {
        Optional<ContainerInstance> a = Checks.named(in.state(), one);
        Optional<ContainerInstance> b = Checks.named(in.state(), two);
        if (a.isEmpty() || b.isEmpty() || a.get().pid() == b.get().pid()) {
            return false;
        }
        Set<Integer> portsA = hostPorts(a.get());
        Set<Integer> portsB = hostPorts(b.get());
        return !portsA.isEmpty() && !portsB.isEmpty() && portsA.stream().noneMatch(portsB::contains);
    }

    private static Set<Integer> hostPorts(ContainerInstance c) {
        return Set.copyOf(c.ports().stream().filter(PortBinding::isPublished).map(PortBinding::hostPort).toList());
    }

    static Lesson still(Sandbox s) {
        String base = s.baseImage();
        String box = s.name("still");
        Step run = step("Start a container",
                "Start one container to stop in a moment.")
                .perform("run", "-d", "--name", box, s.containerLabels(Lessons.STATIC), base)
                .check(Checks.runningFrom(box, base))
                .highlight(base, box)
                .build();
        Step stop = step("Stop it",
                "Stopping ends the container's process but keeps the container. docker ps lists only running "
                        + "containers, so it vanishes there; docker ps -a still shows it, Exited. The image has not "
                        + "moved: same IMAGE ID in docker images.")
                .perform("stop", box)
                .see("ps")
                .see("ps", "-a")
                .check(Checks.inState(box, ContainerState.EXITED).and(Checks.imageUntouched(base)))
                .hintAfter(30, "docker stop " + box + " asks the process to end and waits for it.")
                .highlight(base, box)
                .build();
        Step start = step("Start it again",
                "Starting brings the same container back: same id, same files in its writable layer, a new process.")
                .perform("start", box)
                .see("ps")
                .check(Checks.running(box).and(Checks.sameContainerAsStepStart(box))
                        .and(Checks.sawDuringStep(box, ContainerAction.START)))
                .hintOnMistake(in -> Checks.named(in.state(), box).isPresent()
                                && !Checks.sameContainerAsStepStart(box).test(in),
                        "That is a new container under the old name. The point is to restart the old one: docker start " + box)
                .highlight(base, box)
                .build();
        return new Lesson(Lessons.STATIC, "Still image, living container",
                "Stop a container and start it again while its image sits unchanged. The image is static; only "
                        + "the container moves between running and stopped.",
                List.of(run, stop, start),
                new Recap(ComparisonRow.STATE, "The image never ran and never stopped: it is static. The "
                        + "container went from running to exited and back, keeping its id the whole time."),
                Set.of(box), Set.of(), Lessons.needsBase(s));
    }

    static Lesson execution(Sandbox s) {
        String base = s.baseImage();
        String box = s.name("idle");
        Step create = step("Create without starting",
                "Running an image really means two things: create a container from it, then start that. Do only "
                        + "the first half. There is no process yet, so docker top has nothing to show.")
                .perform("create", "--name", box, s.containerLabels(Lessons.EXECUTION), base)
                .attempt("top", box)
                .check(in -> Checks.named(in.state(), box)
                        .map(c -> c.state() == ContainerState.CREATED && c.pid() == 0).orElse(false))
                .hintOnMistake(Checks.running(box), box + " is already running (docker run does both halves). "
                        + "Remove it with docker rm -f " + box + " and use docker create.")
                .highlight(base, box)
                .build();
        Step start = step("Start it and look at its processes",
                "Start the container. docker top now lists its processes: the shell and the web server from the "
                        + "image's command, running in the container.")
                .perform("start", box)
                .see("top", box)
                .probe(ProbeRequest.top(box))
                .check(Checks.running(box).and(in -> in.facts().top(box).mentions("httpd")))
                .highlight(base, box)
                .build();
        Step exec = step("Run one more process inside",
                "docker exec starts an extra process in a running container. docker top shows it next to the "
                        + "others; the image gained nothing.")
                .perform("exec", "-d", box, "sleep", "600")
                .see("top", box)
                .probe(ProbeRequest.top(box))
                .check(Checks.running(box).and(in -> in.facts().top(box).mentions("sleep 600")))
                .hintAfter(40, "The line is docker exec -d " + box + " sleep 600; -d keeps it in the background.")
                .highlight(box)
                .build();
        return new Lesson(Lessons.EXECUTION, "Processes live in containers",
                "See that an image runs nothing by itself: processes appear only in a container, once it is "
                        + "started, and you can add more.",
                List.of(create, start, exec),
                new Recap(ComparisonRow.EXECUTION, "An image cannot run; docker run creates a container and "
                        + "starts it. Every process you saw in docker top belonged to the container."),
                Set.of(box), Set.of(), Lessons.needsBase(s));
    }
}
