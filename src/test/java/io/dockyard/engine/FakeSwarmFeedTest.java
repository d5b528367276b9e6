package io.dockyard.engine;

import io.dockyard.engine.api.SwarmMembership;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.Listed;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.testing.ModelFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.dockyard.testing.SwarmFixtures.manager;
import static io.dockyard.testing.SwarmFixtures.running;
import static io.dockyard.testing.SwarmFixtures.service;
import static io.dockyard.testing.SwarmFixtures.shutDown;
import static io.dockyard.testing.SwarmFixtures.worker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Swarm sources and the task poll against an engine in memory, on virtual time. */
class FakeSwarmFeedTest {
    private static final EngineEndpoint FAKE = new EngineEndpoint("tcp://fake-engine:2375", false, null, "test",
            "a fake engine in memory");
    private final ManualScheduler control = new ManualScheduler();
    private final ManualScheduler health = new ManualScheduler();
    private final ManualScheduler fetches = new ManualScheduler();
    private final FakeEngineClient engine = new FakeEngineClient();
    private final List<EngineEvent> events = new ArrayList<>();
    private EngineState state = EngineState.empty(Connection.connecting(FAKE.host(), ""));
    private EngineFeed feed;

    private final SwarmNode m = manager("m");
    private final SwarmNode w = worker("w");
    private final SwarmService web = service("web", 2);
    private final SwarmTask t1 = running("t1", web, 1, m, ModelFixtures.containerId(1));
    private final SwarmTask t2 = running("t2", web, 2, w, ModelFixtures.containerId(2));

    @AfterEach
    void close() {
        if (feed != null) {
            feed.close();
        }
    }

    private void start() {
        feed = new EngineFeed(() -> EndpointChoice.of(FAKE), burst -> {
            events.addAll(burst);
            state = EngineReducer.reduceAll(state, burst);
        }, control.clock(), endpoint -> engine, new FeedExecutors(control, health, fetches));
        feed.start();
        settle();
    }

    private void startManager() {
        engine.swarm = new SwarmMembership(m.id(), "active", true);
        engine.nodes.put(m.id(), m);
        engine.nodes.put(w.id(), w);
        engine.services.put(web.id(), web);
        engine.tasks.put(t1.id(), t1);
        engine.tasks.put(t2.id(), t2);
        start();
    }

    private void settle() {
        while (control.runDue() + fetches.runDue() > 0) {
            // each may have queued work for the other
        }
    }

    /** Moves virtual time on a second at a time, so that work planned along the way runs when due. */
    private void advance(Duration by) {
        for (long s = 0; s < by.toSeconds(); s++) {
            control.advance(Duration.ofSeconds(1));
            settle();
        }
    }

    private List<EngineEvent> taskEventsAfter(int from) {
        return events.subList(from, events.size()).stream().filter(e -> e instanceof Upserted u
                && u.objects().stream().anyMatch(o -> o.kind() == Kind.TASK)
                || e instanceof Removed r && r.kind() == Kind.TASK || e instanceof Listed l && l.kind() == Kind.TASK)
                .toList();
    }

    @Test
    void anEngineOutsideASwarmIsNeverAskedForSwarmObjects() {
        start();
        advance(Duration.ofSeconds(10));
        assertEquals(0, engine.taskPolls, "no task poll outside a swarm");
        assertEquals(1, engine.swarmQuestions, "docker info's swarm section once, at the resync");
        assertTrue(state.nodes().isEmpty() && state.services().isEmpty() && state.tasks().isEmpty());
    }

    @Test
    void aManagerIsListedThenPolledEverySecondWithOnlyChangesHandedOver() {
        startManager();
        assertEquals(Map.of(m.id(), m, w.id(), w), state.nodes());
        assertEquals(Map.of(web.id(), web), state.services());
        assertEquals(Map.of(t1.id(), t1, t2.id(), t2), state.tasks());
        int before = events.size();
        int polls = engine.taskPolls;
        advance(Duration.ofSeconds(3));
        assertEquals(polls + 3, engine.taskPolls, "one poll a second");
        assertEquals(List.of(), taskEventsAfter(before), "nothing changed, nothing handed over");

        // a scale down: the swarm shuts t2 down and keeps it as history, and forgets t1's old record
        SwarmTask old = shutDown(t2, ModelFixtures.T0.plusSeconds(9));
        engine.tasks.put(t2.id(), old);
        engine.tasks.remove(t1.id());
        before = events.size();
        advance(Duration.ofSeconds(1));
        assertEquals(Map.of(t2.id(), old), state.tasks());
        assertEquals(List.of(new Upserted(events.get(before).time(), List.of(old)),
                new Removed(events.get(before).time(), Kind.TASK, List.of(t1.id()))), taskEventsAfter(before));
    }

    @Test
    void pollingOffStopsEntirelyAndOnPollsAtOnce() {
        startManager();
        feed.pollSwarmTasks(false);
        settle();
        int polls = engine.taskPolls;
        advance(Duration.ofSeconds(10));
        assertEquals(polls, engine.taskPolls, "no poll while off");
        SwarmTask t3 = running("t3", web, 3, m, ModelFixtures.containerId(3));
        engine.tasks.put(t3.id(), t3);
        feed.pollSwarmTasks(true);
        settle();
        assertEquals(polls + 1, engine.taskPolls, "on: one poll at once");
        assertEquals(t3, state.tasks().get(t3.id()));
    }

    @Test
    void aServiceEventReinspectsTheServiceAndPollsTheTasksAtOnce() {
        startManager();
        int polls = engine.taskPolls;
        SwarmService scaled = new SwarmService(web.id(), "web", web.image(), SwarmService.Mode.REPLICATED, 3, "", "",
                Map.of(), web.created(), ModelFixtures.T0.plusSeconds(5));
        SwarmTask t3 = running("t3", web, 3, w, ModelFixtures.containerId(3));
        engine.services.put(web.id(), scaled);
        engine.tasks.put(t3.id(), t3);
        engine.send(Kind.SERVICE, web.id(), "update", Instant.parse("2026-03-01T10:00:00Z"), "name", "web",
                "replicas.new", "3", "replicas.old", "2");
        settle();
        assertEquals(scaled, state.services().get(web.id()));
        assertEquals(polls + 1, engine.taskPolls, "the poll came without waiting for its second");
        assertEquals(t3, state.tasks().get(t3.id()));

        engine.services.remove(web.id());
        engine.send(Kind.SERVICE, web.id(), "remove", Instant.parse("2026-03-01T10:00:01Z"), "name", "web");
        settle();
        assertTrue(state.services().isEmpty());
    }

    @Test
    void aBurstOfUpdatesOfOneServiceIsOneInspection() {
        startManager();
        int before = engine.servicesInspected.size();
        for (int i = 0; i < 3; i++) {
            engine.send(Kind.SERVICE, web.id(), "update", Instant.parse("2026-03-01T10:00:0" + i + "Z"), "name", "web");
        }
        settle();
        assertEquals(List.of(web.id()), engine.servicesInspected.subList(before, engine.servicesInspected.size()));
    }

    @Test
    void aNodeEventReinspectsTheNode() {
        startManager();
        SwarmNode drained = w.withAvailability(SwarmNode.Availability.DRAIN);
        engine.nodes.put(w.id(), drained);
        engine.send(Kind.NODE, w.id(), "update", Instant.parse("2026-03-01T10:00:00Z"), "availability.new", "drain");
        settle();
        assertEquals(drained, state.nodes().get(w.id()));
    }

    @Test
    void aManagerThatLeftTheSwarmShowsNoSwarmAndIsNoLongerPolled() {
        startManager();
        engine.swarm = SwarmMembership.NONE;
        advance(Duration.ofSeconds(1));
        assertTrue(state.nodes().isEmpty() && state.services().isEmpty() && state.tasks().isEmpty(),
                "the refused poll made the feed look again and list nothing: " + state.objects());
        int polls = engine.taskPolls;
        advance(Duration.ofSeconds(10));
        assertEquals(polls, engine.taskPolls);
    }

    @Test
    void anEngineThatBecomesAManagerIsListedOnItsFirstSwarmEvent() {
        start();
        engine.swarm = new SwarmMembership(m.id(), "active", true);
        engine.nodes.put(m.id(), m);
        engine.send(Kind.NODE, m.id(), "create", Instant.parse("2026-03-01T10:00:00Z"));
        settle();
        assertEquals(Map.of(m.id(), m), state.nodes());
        advance(Duration.ofSeconds(1));
        assertTrue(engine.taskPolls > 0, "polled once a manager");
    }
}
