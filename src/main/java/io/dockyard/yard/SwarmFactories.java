package io.dockyard.yard;

import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;

import java.util.List;

/** The node factories of a swarm's nodes (lanes), services (cards) and tasks (tiles). */
final class SwarmFactories {
    private SwarmFactories() {
    }

    static List<NodeFactory<?, ?>> all() {
        return List.of(new Lanes(), new Services(), new Tasks());
    }

    static final class Lanes extends NodeFactory<SwarmNode, SwarmLane> {
        Lanes() {
            super(Kind.NODE, SwarmNode.class, SwarmLane.class);
        }

        @Override
        SwarmLane create(ObjectRef ref) {
            return new SwarmLane(ref);
        }

        @Override
        Object look(ObjectRef ref, SwarmNode n, YardFacts f) {
            return List.of(n, liveTasks(n, f));
        }

        @Override
        void update(SwarmLane lane, SwarmNode n, YardFacts f, boolean created) {
            lane.update(n, liveTasks(n, f));
            if (created) {
                lane.toBack(); // under its tasks, which sit inside its outline
                if (f.animate()) {
                    f.motion().drawIn(lane);
                }
            }
        }

        private static long liveTasks(SwarmNode n, YardFacts f) {
            return f.state().tasks().values().stream().filter(t -> t.nodeId().equals(n.id()) && !t.isHistory())
                    .count();
        }
    }

    static final class Services extends NodeFactory<SwarmService, ServiceNode> {
        Services() {
            super(Kind.SERVICE, SwarmService.class, ServiceNode.class);
        }

        @Override
        ServiceNode create(ObjectRef ref) {
            return new ServiceNode(ref);
        }

        @Override
        Object look(ObjectRef ref, SwarmService s, YardFacts f) {
            return List.of(s, SwarmFacts.running(f.state(), s.id()), SwarmFacts.wanted(f.state(), s));
        }

        @Override
        void update(ServiceNode node, SwarmService s, YardFacts f, boolean created) {
            node.update(s, SwarmFacts.running(f.state(), s.id()), SwarmFacts.wanted(f.state(), s));
            if (created && f.animate()) {
                f.motion().drawIn(node);
            }
        }
    }

    static final class Tasks extends NodeFactory<SwarmTask, TaskNode> {
        Tasks() {
            super(Kind.TASK, SwarmTask.class, TaskNode.class);
        }

        @Override
        TaskNode create(ObjectRef ref) {
            return new TaskNode(ref);
        }

        @Override
        Object look(ObjectRef ref, SwarmTask t, YardFacts f) {
            return List.of(t, SwarmFacts.taskName(f.state(), t), f.swarmHistory().contains(t.id()));
        }

        @Override
        void update(TaskNode node, SwarmTask t, YardFacts f, boolean created) {
            SwarmTask.State before = node.update(t, SwarmFacts.taskName(f.state(), t),
                    f.swarmHistory().contains(t.id()));
            if (created) {
                Box service = f.placement().box(f.placement().engine().ref(Kind.SERVICE, t.serviceId()));
                f.motion().arrive(node, f.placement().box(f.placement().engine().ref(Kind.TASK, t.id())), service,
                        f.animate());
            } else if (before != t.currentState()
                    && (t.currentState() == SwarmTask.State.FAILED || t.currentState() == SwarmTask.State.REJECTED)) {
                f.motion().failed(node, f.animate());
            }
        }
    }
}
