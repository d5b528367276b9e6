package io.dockyard.yard;

import io.dockyard.model.Catalogs;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.testing.SwarmFixtures;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A swarm of two nodes as the manager's engine sees it, for yard, inspector and gesture tests:
 * service web (3 replicas of shop/web:2.2, mid-update: slot 3's old 2.1 task shut down behind its
 * new one, which is still preparing on the worker), service api (1 replica whose task failed and
 * was replaced), the manager's tasks run by containers this engine also holds.
 */
public final class SwarmYardFixtures {
    public static final SwarmNode LEADER = new SwarmNode(SwarmFixtures.swarmId("node-1"), "node-1",
            SwarmNode.Role.MANAGER, SwarmNode.Availability.ACTIVE, SwarmNode.State.READY, true, "27.3.1", "10.0.0.1");
    public static final SwarmNode WORKER = new SwarmNode(SwarmFixtures.swarmId("node-2"), "node-2",
            SwarmNode.Role.WORKER, SwarmNode.Availability.ACTIVE, SwarmNode.State.READY, false, "27.3.1", "10.0.0.2");
    public static final SwarmService WEB = new SwarmService(SwarmFixtures.swarmId("web"), "web",
            "shop/web:2.2@sha256:" + YardFixtures.hex("web-digest"), SwarmService.Mode.REPLICATED, 3, "updating",
            "update in progress", Map.of(), YardFixtures.NOW.minusSeconds(600), YardFixtures.NOW.minusSeconds(60));
    public static final SwarmService API = new SwarmService(SwarmFixtures.swarmId("api"), "api", "shop/api:2.1",
            SwarmService.Mode.REPLICATED, 1, "", "", Map.of(), YardFixtures.NOW.minusSeconds(900), null);

    private SwarmYardFixtures() {
    }

    public static final ImageBlueprint WEB_IMAGE = YardFixtures.image("shop-web", List.of("shop/web:2.2"), 70_000_000);
    public static final ImageBlueprint API_IMAGE = YardFixtures.image("shop-api", List.of("shop/api:2.1"), 60_000_000);
    public static final ContainerInstance WEB_1 = YardFixtures.container("web.1.x8", WEB_IMAGE, ContainerState.RUNNING, 9);
    public static final ContainerInstance API_1 = YardFixtures.container("api.1.k2", API_IMAGE, ContainerState.RUNNING, 4);
    public static final ContainerInstance API_OLD = YardFixtures.container("api.1.f0", API_IMAGE, ContainerState.EXITED, 14);

    public static final SwarmTask WEB_T1 = task("web.1", WEB, 1, LEADER, SwarmTask.State.RUNNING,
            SwarmTask.State.RUNNING, "", WEB_1.id(), WEB.image(), 9);
    public static final SwarmTask WEB_T2 = task("web.2", WEB, 2, WORKER, SwarmTask.State.RUNNING,
            SwarmTask.State.RUNNING, "", YardFixtures.hex("remote-web-2"), WEB.image(), 7);
    public static final SwarmTask WEB_T3 = task("web.3", WEB, 3, WORKER, SwarmTask.State.RUNNING,
            SwarmTask.State.PREPARING, "", "", WEB.image(), 0);
    public static final SwarmTask WEB_T3_OLD = task("web.3-old", WEB, 3, WORKER, SwarmTask.State.SHUTDOWN,
            SwarmTask.State.SHUTDOWN, "", YardFixtures.hex("remote-web-3"), "shop/web:2.1", 1);
    public static final SwarmTask API_T1 = task("api.1", API, 1, LEADER, SwarmTask.State.RUNNING,
            SwarmTask.State.RUNNING, "", API_1.id(), API.image(), 4);
    public static final SwarmTask API_T1_FAILED = task("api.1-failed", API, 1, LEADER, SwarmTask.State.SHUTDOWN,
            SwarmTask.State.FAILED, "task: non-zero exit (1)", API_OLD.id(), API.image(), 5);

    /** The swarm above on its manager's engine, beside that engine's own images and containers. */
    public static EngineState twoNodes() {
        EngineState s = YardFixtures.state(List.of(WEB_IMAGE, API_IMAGE), List.of(WEB_1, API_1, API_OLD));
        Catalogs.Builder b = s.objects().toBuilder();
        List.of(LEADER, WORKER, WEB, API, WEB_T1, WEB_T2, WEB_T3, WEB_T3_OLD, API_T1, API_T1_FAILED).forEach(b::put);
        return s.withObjects(b.build());
    }

    /** The swarm beside {@link YardFixtures#manyKinds()}: a compose project, volumes and networks, and a swarm. */
    public static EngineState besideManyKinds() {
        EngineState s = YardFixtures.manyKinds();
        Catalogs.Builder b = s.objects().toBuilder();
        EngineState swarm = twoNodes();
        for (io.dockyard.model.Kind k : io.dockyard.model.Kind.values()) {
            swarm.objects().any(k).values().forEach(b::put);
        }
        return s.withObjects(b.build());
    }

    /** The same state with other Swarm objects put in (or replaced, by id). */
    public static EngineState with(EngineState s, io.dockyard.model.EngineObject... objects) {
        Catalogs.Builder b = s.objects().toBuilder();
        List.of(objects).forEach(b::put);
        return s.withObjects(b.build());
    }

    static SwarmTask task(String seed, SwarmService s, int slot, SwarmNode node, SwarmTask.State desired,
                          SwarmTask.State current, String error, String containerId, String image, int minutesAgo) {
        return new SwarmTask(SwarmFixtures.swarmId(seed), s.id(), slot, node.id(), desired, current, error,
                containerId, image, YardFixtures.NOW.minus(Duration.ofMinutes(minutesAgo)));
    }
}
