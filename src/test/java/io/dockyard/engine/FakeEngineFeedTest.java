package io.dockyard.engine;

import io.dockyard.model.Attachment;
import io.dockyard.model.Connection;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ConnectionLost;
import io.dockyard.model.EngineEvent.ConnectionRestored;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineEvent.Resync;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.VolumeRecord;
import io.dockyard.testing.ModelFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feed against an engine in memory, on virtual time: every thread of the feed is a
 * {@link ManualScheduler} that the test drives, so each test runs in milliseconds and says exactly
 * what happened in which order.
 */
class FakeEngineFeedTest {
    private static final EngineEndpoint FAKE = new EngineEndpoint("tcp://fake-engine:2375", false, null, "test",
            "a fake engine in memory");
    private static final String IMAGE = ModelFixtures.imageId(1);
    private static final String WEB = ModelFixtures.containerId(1);
    private static final String DB = ModelFixtures.containerId(2);
    private static final String SHOP_NET = ModelFixtures.hex64("shop-net");
    private static final String BRIDGE = ModelFixtures.hex64("bridge");

    private final ManualScheduler control = new ManualScheduler();
    private final ManualScheduler health = new ManualScheduler();
    private final ManualScheduler fetches = new ManualScheduler();
    private final FakeEngineClient engine = new FakeEngineClient();
    private final List<EngineEvent> events = new ArrayList<>();
    private EngineState state = EngineState.empty(Connection.connecting(FAKE.host(), ""));
    private EngineFeed feed;

    @AfterEach
    void close() {
        if (feed != null) {
            feed.close();
        }
    }

    private void start() {
        engine.images.put(IMAGE, ModelFixtures.image(IMAGE, "shop/web:1"));
        engine.containers.put(WEB, ModelFixtures.running(WEB, "web-1", IMAGE));
        engine.containers.put(DB, ModelFixtures.container(DB, "db-1", IMAGE, ContainerState.EXITED, 0,
                ModelFixtures.T0));
        engine.volumes.put("shop_data", volume("shop_data"));
        engine.networks.put(BRIDGE, network(BRIDGE, "bridge"));
        feed = new EngineFeed(() -> EndpointChoice.of(FAKE), burst -> {
            events.addAll(burst);
            state = EngineReducer.reduceAll(state, burst);
        }, control.clock(), endpoint -> engine, new FeedExecutors(control, health, fetches));
        feed.start();
        settle();
    }

    /** Runs the control thread and the fetches until neither has anything due. */
    private void settle() {
        while (control.runDue() + fetches.runDue() > 0) {
            // each may have queued work for the other
        }
    }

    private void advance(Duration by) {
        control.advance(by);
        settle();
    }

    @Test
    void connectingListsAllFourKindsInOneResyncThenMeasuresTheVolumes() {
        start();
        Resync resync = only(Resync.class);
        assertEquals(java.util.EnumSet.allOf(Kind.class), resync.listings().keySet());
        for (Kind swarm : List.of(Kind.NODE, Kind.SERVICE, Kind.TASK)) {
            assertEquals(List.of(), resync.listings().get(swarm), "an engine outside a swarm lists no " + swarm);
        }
        assertEquals(Set.of(IMAGE), state.images().keySet());
        assertEquals(Set.of(WEB, DB), state.containers().keySet());
        assertEquals(Set.of("shop_data"), state.volumes().keySet());
        assertEquals(Set.of(BRIDGE), state.networks().keySet());
        assertEquals(Connection.Status.LIVE, state.connection().status());
        assertEquals("FAKE:ENGINE:ID", state.engine().id(), "the engine names itself by docker info's ID");
        assertTrue(engine.inspected.containsAll(List.of(WEB, DB)), "every listed container is inspected for details");
        assertEquals(List.of(engine.engineTime), engine.subscribedSince, "the first subscription starts at the engine's now");

        assertEquals(1, engine.sizeRequests, "system df once, right after the first picture");
        int resyncAt = events.indexOf(resync);
        int sizesAt = indexOf(e -> e instanceof Upserted u && u.objects().stream()
                .anyMatch(o -> o instanceof VolumeRecord v && v.hasSize()));
        assertTrue(sizesAt > resyncAt, "sizes come after the resync, never before: " + events);
        assertEquals(0, state.volumes().get("shop_data").size(), "the fake's df says 0 bytes");
    }

    @Test
    void eventsDuringTheListingAreNeitherLostNorDoubled() {
        String late = ModelFixtures.containerId(3);
        engine.duringContainerListing = () -> {
            // the listing has been read; these happen before the feed hands it over
            engine.containers.put(late, ModelFixtures.running(late, "late-1", IMAGE));
            engine.send(Kind.CONTAINER, late, "create", Instant.parse("2026-03-01T09:59:01Z"), "name", "late-1");
            engine.send(Kind.CONTAINER, late, "start", Instant.parse("2026-03-01T09:59:01.1Z"), "name", "late-1");
            engine.containers.remove(DB);
            engine.send(Kind.CONTAINER, DB, "destroy", Instant.parse("2026-03-01T09:59:02Z"), "name", "db-1");
            engine.duringContainerListing = () -> { };
        };
        start();
        assertEquals(Set.of(WEB, late), state.containers().keySet(), "the one made during the listing is in, the one removed is out");
        assertEquals(ContainerState.RUNNING, state.containers().get(late).state());
        assertEquals(1, count(Resync.class));
        assertEquals(3, count(ContainerChanged.class), "each event once: " + events);
        assertTrue(events.indexOf(only(Resync.class)) < indexOf(e -> e instanceof ContainerChanged),
                "the events that arrived during the listing follow it");
    }

    @Test
    void aBrokenStreamIsReportedThenRetriedWithBackOffAndResubscribedFromTheLastEvent() {
        start();
        Instant lastEvent = Instant.parse("2026-03-01T10:00:00.25Z");
        engine.containers.put(WEB, ModelFixtures.container(WEB, "web-1", IMAGE, ContainerState.EXITED, 137,
                ModelFixtures.T0));
        engine.send(Kind.CONTAINER, WEB, "die", lastEvent, "exitCode", "137");
        settle();

        engine.goAway();
        settle();
        assertEquals(Connection.Status.RECONNECTING, state.connection().status());
        assertTrue(last(ConnectionLost.class).reason().startsWith("Lost the engine at tcp://fake-engine:2375: "
                        + "The engine at tcp://fake-engine:2375 closed the connection in the middle of an answer."),
                last(ConnectionLost.class).reason());
        assertEquals(Duration.ofMillis(50), control.untilNext(), "a remote engine that was live is asked again soon");
        advance(Duration.ofMillis(50));
        assertEquals(2, count(ConnectionLost.class), "the failed attempt is reported too");
        assertEquals(Duration.ofMillis(100), control.untilNext(), "then a little later");

        engine.comeBack();
        engine.containers.remove(DB); // removed while the feed was away: only the listing can say so
        advance(Duration.ofMillis(100));
        assertEquals(Connection.Status.LIVE, state.connection().status());
        assertEquals(2, count(Resync.class));
        assertTrue(events.indexOf(last(ConnectionLost.class)) < events.indexOf(last(Resync.class)));
        assertEquals(Set.of(WEB), state.containers().keySet());
        assertEquals(lastEvent, engine.subscribedSince.get(engine.subscribedSince.size() - 1),
                "resubscribed from the last event seen, so nothing in between is lost");
        assertEquals(2, count(ConnectionRestored.class), "restored once more");
    }

    @Test
    void aVolumeIsUpsertedAfterItsCreateMeasuredAndRemovedAtItsDestroy() {
        start();
        Instant at = Instant.parse("2026-03-01T10:00:01Z");
        engine.volumes.put("uploads", volume("uploads"));
        engine.volumeBytes.put("uploads", 4096L);
        engine.send(Kind.VOLUME, "uploads", "create", at, "driver", "local");
        settle();
        Observed created = last(Observed.class);
        assertEquals(state.engineId().ref(Kind.VOLUME, "uploads"), created.ref());
        assertEquals("create", created.action());
        assertEquals(List.of("uploads"), engine.volumesInspected);
        assertTrue(state.volumes().containsKey("uploads"), "upserted after docker volume inspect");
        assertFalse(state.volumes().get("uploads").hasSize(), "not measured yet");

        assertEquals(1, engine.sizeRequests);
        advance(SizeSchedule.GAP);
        assertEquals(2, engine.sizeRequests, "measured again once the events settled, not sooner than the gap");
        assertEquals(4096, state.volumes().get("uploads").size());

        engine.volumes.remove("uploads");
        engine.send(Kind.VOLUME, "uploads", "destroy", at.plusSeconds(20), "driver", "local");
        settle();
        assertEquals("destroy", last(Observed.class).action());
        assertEquals(List.of("uploads"), last(Removed.class).ids());
        assertFalse(state.volumes().containsKey("uploads"));
    }

    @Test
    void aVolumeDestroyedWhileItsInspectionIsUnderWayDoesNotComeBack() {
        start();
        Instant at = Instant.parse("2026-03-01T10:00:01Z");
        engine.volumes.put("brief", volume("brief"));
        engine.send(Kind.VOLUME, "brief", "create", at);
        control.runDue(); // the inspection is asked for, not answered yet
        engine.send(Kind.VOLUME, "brief", "destroy", at.plusMillis(5));
        control.runDue();
        fetches.runDue(); // the engine answers with the volume it had when asked
        settle();
        assertFalse(state.volumes().containsKey("brief"), "a slow answer never paints over a newer event");
    }

    @Test
    void aMeasuredSizeSurvivesAResyncThatListsTheVolumeWithoutOne() {
        engine.volumeBytes.put("shop_data", 8192L);
        start();
        assertEquals(8192, state.volumes().get("shop_data").size());
        engine.goAway();
        settle();
        engine.comeBack();
        advance(Duration.ofMillis(50));
        assertEquals(2, count(Resync.class));
        VolumeRecord listed = last(Resync.class).listed(Kind.VOLUME, VolumeRecord.class).get(0);
        assertEquals(8192, listed.size(), "the listing has no size; the last measurement's is kept");
        assertEquals(8192, state.volumes().get("shop_data").size());
    }

    @Test
    void networksAreUpsertedAndRemovedAndAConnectReinspectsTheContainer() {
        start();
        Instant at = Instant.parse("2026-03-01T10:00:01Z");
        engine.networks.put(SHOP_NET, network(SHOP_NET, "shop-net"));
        engine.send(Kind.NETWORK, SHOP_NET, "create", at, "name", "shop-net", "type", "bridge");
        settle();
        assertEquals(List.of(SHOP_NET), engine.networksInspected);
        assertEquals("shop-net", state.networks().get(SHOP_NET).name());

        ContainerInstance web = engine.containers.get(WEB);
        engine.containers.put(WEB, withNetworks(web, List.of(new Attachment(BRIDGE, "bridge", "172.17.0.2", List.of()),
                new Attachment(SHOP_NET, "shop-net", "172.28.0.2", List.of("web", WEB.substring(0, 12))))));
        engine.inspected.clear();
        int containerEvents = count(ContainerChanged.class);
        engine.send(Kind.NETWORK, SHOP_NET, "connect", at.plusSeconds(1), "container", WEB, "name", "shop-net",
                "type", "bridge");
        settle();
        Observed connect = last(Observed.class);
        assertEquals(Kind.NETWORK, connect.ref().kind());
        assertEquals(SHOP_NET, connect.ref().id());
        assertEquals("connect", connect.action());
        assertEquals(WEB, connect.attribute("container"));
        assertEquals(containerEvents, count(ContainerChanged.class), "no container event is made up for it");
        assertEquals(List.of(WEB), engine.inspected, "the container is inspected again for its attachment");
        Attachment onShop = state.containers().get(WEB).networks().stream()
                .filter(a -> a.networkId().equals(SHOP_NET)).findFirst().orElseThrow();
        assertEquals("172.28.0.2", onShop.ipAddress());
        assertEquals(List.of("web", WEB.substring(0, 12)), onShop.aliases());

        engine.networks.remove(SHOP_NET);
        engine.send(Kind.NETWORK, SHOP_NET, "destroy", at.plusSeconds(2), "name", "shop-net", "type", "bridge");
        settle();
        assertEquals(Kind.NETWORK, last(Removed.class).kind());
        assertFalse(state.networks().containsKey(SHOP_NET));
    }

    // ---- helpers

    private static VolumeRecord volume(String name) {
        return new VolumeRecord(name, "local", "/var/lib/docker/volumes/" + name + "/_data", null,
                Map.of(), "", VolumeRecord.SIZE_UNKNOWN);
    }

    private static NetworkRecord network(String id, String name) {
        return new NetworkRecord(id, name, "bridge", "local", false, ModelFixtures.T0, Map.of(),
                List.of("172.28.0.0/16"));
    }

    private static ContainerInstance withNetworks(ContainerInstance c, List<Attachment> networks) {
        return new ContainerInstance(c.id(), c.name(), c.imageId(), c.imageRef(), c.command(), c.state(), c.status(),
                c.exitCode(), c.created(), c.started(), c.finished(), c.pid(), c.ports(), c.mounts(), networks,
                c.labels(), c.env(), c.health(), c.writableSize());
    }

    private <T extends EngineEvent> int count(Class<T> type) {
        return (int) events.stream().filter(type::isInstance).count();
    }

    private <T extends EngineEvent> T only(Class<T> type) {
        List<T> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName() + " in " + events);
        return found.get(0);
    }

    private <T extends EngineEvent> T last(Class<T> type) {
        List<T> found = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertFalse(found.isEmpty(), "no " + type.getSimpleName() + " in " + events);
        return found.get(found.size() - 1);
    }

    private int indexOf(java.util.function.Predicate<EngineEvent> test) {
        for (int i = 0; i < events.size(); i++) {
            if (test.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event in " + events);
    }
}
