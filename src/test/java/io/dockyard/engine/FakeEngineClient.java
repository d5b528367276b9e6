package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineInfo;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Kind;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.engine.api.SwarmMembership;
import io.dockyard.model.VolumeRecord;

import java.io.Closeable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An engine in memory, for feed tests: it holds objects of every kind, answers listings and
 * inspections from them, and lets the test send events down the subscribed stream, break the stream,
 * or take the engine away. It notes what the feed asked, so tests can say what was inspected.
 */
final class FakeEngineClient implements EngineClient {
    static final EngineInfo INFO = new EngineInfo("20.10.24", "1.41", "linux/amd64", "fake-host", "FAKE:ENGINE:ID");

    final Map<String, ImageBlueprint> images = new LinkedHashMap<>();
    final Map<String, ContainerInstance> containers = new LinkedHashMap<>();
    final Map<String, VolumeRecord> volumes = new LinkedHashMap<>();
    final Map<String, NetworkRecord> networks = new LinkedHashMap<>();
    final Map<String, SwarmNode> nodes = new LinkedHashMap<>();
    final Map<String, SwarmService> services = new LinkedHashMap<>();
    final Map<String, SwarmTask> tasks = new LinkedHashMap<>();
    /** What {@code docker info} says of the swarm; not in one unless a test says so. */
    SwarmMembership swarm = SwarmMembership.NONE;
    int swarmQuestions;
    int taskPolls;
    final List<String> servicesInspected = new CopyOnWriteArrayList<>();
    /** What {@code system df} says each volume holds. */
    final Map<String, Long> volumeBytes = new HashMap<>();

    /** Every {@code since} the feed subscribed with, in order. */
    final List<Instant> subscribedSince = new CopyOnWriteArrayList<>();
    /** Every container id the feed inspected, in order. */
    final List<String> inspected = new CopyOnWriteArrayList<>();
    final List<String> volumesInspected = new CopyOnWriteArrayList<>();
    final List<String> networksInspected = new CopyOnWriteArrayList<>();
    int listings;
    int sizeRequests;
    int closes;

    /** Runs in the middle of the container listing: the place to make events arrive during a listing. */
    Runnable duringContainerListing = () -> { };
    Instant engineTime = Instant.parse("2026-03-01T09:59:00Z");
    boolean reachable = true;
    boolean answersPings = true;

    private volatile EventSink sink;

    @Override
    public About about() {
        requireReachable();
        return new About(INFO, engineTime);
    }

    @Override
    public Closeable events(Instant since, EventSink sink) {
        requireReachable();
        subscribedSince.add(since);
        this.sink = sink;
        return () -> {
            if (this.sink == sink) {
                this.sink = null;
            }
        };
    }

    @Override
    public List<ImageBlueprint> images() {
        requireReachable();
        return List.copyOf(images.values());
    }

    @Override
    public List<ContainerInstance> containers() {
        requireReachable();
        listings++;
        List<ContainerInstance> before = List.copyOf(containers.values());
        duringContainerListing.run();
        return before;
    }

    @Override
    public Map<String, ContainerInstance> inspectContainers(Collection<String> ids, boolean withSize) {
        requireReachable();
        Map<String, ContainerInstance> found = new HashMap<>();
        for (String id : ids) {
            inspected.add(id);
            ContainerInstance c = containers.get(id);
            if (c != null) {
                found.put(id, c);
            }
        }
        return found;
    }

    @Override
    public List<VolumeRecord> volumes() {
        requireReachable();
        return List.copyOf(volumes.values());
    }

    @Override
    public Optional<VolumeRecord> volume(String name) {
        requireReachable();
        volumesInspected.add(name);
        return Optional.ofNullable(volumes.get(name));
    }

    @Override
    public List<NetworkRecord> networks() {
        requireReachable();
        return List.copyOf(networks.values());
    }

    @Override
    public Optional<NetworkRecord> network(String id) {
        requireReachable();
        networksInspected.add(id);
        return Optional.ofNullable(networks.get(id));
    }

    @Override
    public List<VolumeRecord> volumeSizes() {
        requireReachable();
        sizeRequests++;
        List<VolumeRecord> measured = new ArrayList<>();
        volumes.values().forEach(v -> measured.add(v.withSize(volumeBytes.getOrDefault(v.name(), 0L))));
        return measured;
    }

    @Override
    public SwarmMembership swarm() {
        requireReachable();
        swarmQuestions++;
        return swarm;
    }

    @Override
    public List<SwarmNode> nodes() {
        requireManager();
        return List.copyOf(nodes.values());
    }

    @Override
    public Optional<SwarmNode> node(String id) {
        requireManager();
        return Optional.ofNullable(nodes.get(id));
    }

    @Override
    public List<SwarmService> services() {
        requireManager();
        return List.copyOf(services.values());
    }

    @Override
    public Optional<SwarmService> service(String id) {
        requireManager();
        servicesInspected.add(id);
        return Optional.ofNullable(services.get(id));
    }

    @Override
    public List<SwarmTask> tasks() {
        requireManager();
        taskPolls++;
        return List.copyOf(tasks.values());
    }

    /** As the engine answers a worker or an engine outside a swarm: 503 in its own words. */
    private void requireManager() {
        requireReachable();
        if (!swarm.canList()) {
            throw new IllegalStateException("This node is not a swarm manager. Use \"docker swarm init\" or"
                    + " \"docker swarm join\" to connect this node to swarm and try again.");
        }
    }

    @Override
    public boolean ping() {
        return reachable && answersPings;
    }

    @Override
    public void close() {
        closes++;
    }

    // ---- what the test does to the engine

    /** The engine sends an event down the stream the feed subscribed to. */
    void send(Kind kind, String id, String action, Instant at, String... attributes) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        long nano = at.getEpochSecond() * 1_000_000_000L + at.getNano();
        EventSink to = sink;
        if (to == null) {
            throw new AssertionError("the feed is not subscribed");
        }
        to.onEvent(new RawEvent(kind, id, action, map, at, nano));
    }

    /** The stream breaks, as when the engine stops; the engine stays away until {@link #comeBack()}. */
    void goAway() {
        reachable = false;
        EventSink to = sink;
        sink = null;
        if (to != null) {
            to.onError(new java.io.IOException("Connection reset by peer"));
        }
    }

    void comeBack() {
        reachable = true;
    }

    boolean subscribed() {
        return sink != null;
    }

    private void requireReachable() {
        if (!reachable) {
            throw new IllegalStateException("java.net.ConnectException: Connection refused");
        }
    }
}
