package io.dockyard.learn;

import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.dockyard.learn.StepBuilder.step;

/**
 * The lesson about a swarm: one image, a service that keeps so many replicas of it running, scaled and
 * updated. Every command of its steps is one Dockyard can perform, so "show me" does each step
 * ({@code swarm init} and {@code service create} included) through the app's own actions.
 */
final class SwarmLessons {
    static final int FIRST = 3;
    static final int SCALED = 5;

    private SwarmLessons() {
    }

    static Lesson replicas(Sandbox s) {
        String base = s.baseImage();
        String service = s.name("replicas");
        String next = s.name("replica:2");
        Step swarm = step("Make this engine a swarm",
                "A service lives in a swarm. docker swarm init makes this engine a swarm of one node, its manager."
                        + " (To join a swarm that exists instead, run on one of its managers docker swarm join-token"
                        + " worker and type here the docker swarm join line it prints; Dockyard shows services only"
                        + " on a manager.) An engine that is a manager already passes this step as it is.")
                .perform("swarm", "init")
                .see("node", "ls")
                .check(swarmManager())
                .hintAfter(30, "If docker swarm init (or Show me) says it could not choose an IP address to"
                        + " advertise, name one of this machine's addresses: docker swarm init --advertise-addr"
                        + " 127.0.0.1 keeps the swarm to this machine.")
                .build();
        Step create = step("Start three replicas of one image",
                "A service is what you ask for: this image, three replicas. The swarm starts one task per replica,"
                        + " each running a container of the same image, and keeps three running.")
                .perform("service", "create", "--name", service, s.containerLabels(Lessons.REPLICAS),
                        containerLabels(s), "--replicas", String.valueOf(FIRST), base)
                .see("service", "ps", service)
                .check(runs(service, FIRST, base))
                .hintOnMistake(in -> service(in.state(), service).filter(v -> v.replicas() != FIRST).isPresent(),
                        service + " asks for another number of replicas: docker service scale " + service + "="
                                + FIRST + " sets it to " + FIRST + ".")
                .highlight(base)
                .build();
        Step scale = step("Scale it to five",
                "Ask for five. The swarm starts two more tasks of the same image; the three that run are left alone.")
                .perform("service", "scale", service + "=" + SCALED)
                .see("service", "ls")
                .check(runs(service, SCALED, base))
                .highlight(base)
                .build();
        Step update = step("Update its image: its tasks are replaced",
                "Give the image a second name and ask the service to run that. A rolling update shuts the old"
                        + " tasks down one at a time and starts a task of the new image in each slot; docker service"
                        + " ps shows the old ones under the new, shut down.")
                .perform("tag", base, next)
                .perform("service", "update", "--image", next, service)
                .see("service", "ps", service)
                .check(runs(service, SCALED, next).and(replaced(service, base)))
                .highlight(base, next)
                .build();
        return new Lesson(Lessons.REPLICAS, "One image, many replicas",
                "Let a swarm keep several containers of one image running: start a service of three replicas,"
                        + " scale it to five, and update its image, which replaces every task.",
                List.of(swarm, create, scale, update),
                new Recap(ComparisonRow.HOW_MANY, "You never started a container yourself: you asked for five"
                        + " replicas of one image, and the swarm made and kept them. Changing the image did not change"
                        + " the containers, which cannot change their image: it replaced them with new ones."),
                Set.of(), Set.of(next), Lessons.needsBase(s), s.extraLabels());
    }

    /** {@code --container-label k=v} pairs: the lesson's labels on the containers the swarm starts for its tasks. */
    private static List<String> containerLabels(Sandbox s) {
        List<String> args = new ArrayList<>(s.containerLabels(Lessons.REPLICAS));
        for (int i = 0; i < args.size(); i += 2) {
            args.set(i, "--container-label");
        }
        return args;
    }

    /** This engine is a swarm manager: only a manager lists the swarm's nodes. */
    static Check swarmManager() {
        return in -> !in.state().nodes().isEmpty();
    }

    /** The service asks for {@code replicas} of the image and exactly that many of its tasks run it. */
    static Check runs(String name, int replicas, String image) {
        String wanted = imageOf(image);
        return in -> service(in.state(), name).map(v -> v.replicas() == replicas && imageOf(v.image()).equals(wanted)
                && running(in.state(), v).size() == replicas
                && running(in.state(), v).stream().allMatch(t -> imageOf(t.image()).equals(wanted))).orElse(false);
    }

    /** No task of the service runs the old image any more, and the swarm has shut at least one of them down. */
    static Check replaced(String name, String oldImage) {
        String was = imageOf(oldImage);
        return in -> service(in.state(), name).map(v -> {
            List<SwarmTask> old = in.state().tasksOf(v.id()).stream()
                    .filter(t -> imageOf(t.image()).equals(was)).toList();
            return !old.isEmpty() && old.stream().allMatch(SwarmTask::isHistory)
                    && old.stream().noneMatch(t -> t.currentState() == SwarmTask.State.RUNNING);
        }).orElse(false);
    }

    static Optional<SwarmService> service(EngineState state, String name) {
        return state.services().values().stream().filter(v -> v.name().equals(name)).findFirst();
    }

    private static List<SwarmTask> running(EngineState state, SwarmService v) {
        return state.tasksOf(v.id()).stream().filter(SwarmTask::isRunning).toList();
    }

    /** The reference without the digest the swarm pins it to; a name without a tag is {@code :latest}. */
    static String imageOf(String reference) {
        int at = reference.indexOf('@');
        String ref = at < 0 ? reference : reference.substring(0, at);
        return ref.lastIndexOf(':') > ref.lastIndexOf('/') ? ref : ref + ":latest";
    }
}
