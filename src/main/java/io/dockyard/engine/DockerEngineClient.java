package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import io.dockyard.engine.api.EngineClient;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineInfo;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.engine.api.SwarmMembership;
import io.dockyard.model.VolumeRecord;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The docker-java side of {@link EngineClient} for one endpoint: a client for requests, one for
 * the event stream (which may stay quiet for minutes), a fast health ping, and a few threads that
 * inspect and read histories in parallel. {@code GET /system/df}, which docker-java lacks, is
 * asked over docker-java's own HTTP connection.
 */
public final class DockerEngineClient implements EngineClient {
    private final DockerClient requests;
    private final DockerClient streams;
    private final EnginePing ping;
    private final ExecutorService workers;
    private final EngineListing listing;
    private final Clock clock;

    private DockerEngineClient(EngineEndpoint endpoint, Clock clock) {
        this.clock = clock;
        requests = DockerClients.forRequests(endpoint);
        streams = DockerClients.forStreams(endpoint);
        ping = EnginePing.of(endpoint);
        workers = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dockyard-inspect");
            t.setDaemon(true);
            return t;
        });
        listing = new EngineListing(requests, workers, clock);
    }

    /** Opens the clients for an endpoint; nothing is asked of the engine yet. */
    public static EngineClient open(EngineEndpoint endpoint) {
        return new DockerEngineClient(endpoint, Clock.systemUTC());
    }

    @Override
    public About about() {
        Version v = requests.versionCmd().exec();
        Info info = requests.infoCmd().exec();
        EngineInfo engine = new EngineInfo(orEmpty(v.getVersion()), orEmpty(v.getApiVersion()),
                orEmpty(v.getOperatingSystem()) + "/" + orEmpty(v.getArch()), orEmpty(info.getName()),
                orEmpty(info.getId()));
        Instant engineTime = ModelMapper.timestamp(info.getSystemTime());
        return new About(engine, engineTime == null ? clock.instant() : engineTime);
    }

    @Override
    public Closeable events(Instant since, EventSink sink) {
        return streams.eventsCmd().withSince(sinceText(since)).exec(new ResultCallback.Adapter<Event>() {
            @Override
            public void onNext(Event event) {
                RawEvent raw = EventTranslator.read(event);
                if (raw != null) {
                    sink.onEvent(raw);
                }
            }

            @Override
            public void onError(Throwable failure) {
                sink.onError(failure);
            }

            @Override
            public void onComplete() {
                sink.onEnd();
            }
        });
    }

    @Override
    public List<ImageBlueprint> images() {
        return listing.images();
    }

    @Override
    public List<ContainerInstance> containers() {
        return listing.containers();
    }

    @Override
    public Map<String, ContainerInstance> inspectContainers(Collection<String> ids, boolean withSize) {
        return listing.inspectAll(ids, withSize);
    }

    @Override
    public List<VolumeRecord> volumes() {
        var listed = requests.listVolumesCmd().exec().getVolumes();
        return listed == null ? List.of() : listed.stream().map(ModelMapper::volume).toList();
    }

    @Override
    public Optional<VolumeRecord> volume(String name) {
        try {
            return Optional.of(ModelMapper.volume(requests.inspectVolumeCmd(name).exec()));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    @Override
    public List<NetworkRecord> networks() {
        return requests.listNetworksCmd().exec().stream().map(ModelMapper::network).toList();
    }

    @Override
    public Optional<NetworkRecord> network(String id) {
        try {
            return Optional.of(ModelMapper.network(requests.inspectNetworkCmd().withNetworkId(id).exec()));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    @Override
    public List<VolumeRecord> volumeSizes() {
        Object df = PlainRequests.getJson(requests, "/system/df");
        List<VolumeRecord> volumes = new ArrayList<>();
        if (df instanceof Map<?, ?> answer && answer.get("Volumes") instanceof List<?> listed) {
            for (Object v : listed) {
                if (v instanceof Map<?, ?> volume) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> json = (Map<String, Object>) volume;
                    volumes.add(ModelMapper.volume(json));
                }
            }
        }
        return volumes;
    }

    @Override
    public SwarmMembership swarm() {
        var swarm = requests.infoCmd().exec().getSwarm();
        if (swarm == null || swarm.getLocalNodeState() == null) {
            return SwarmMembership.NONE;
        }
        return new SwarmMembership(swarm.getNodeID(), swarm.getLocalNodeState().name().toLowerCase(Locale.ROOT),
                Boolean.TRUE.equals(swarm.getControlAvailable()));
    }

    @Override
    public List<SwarmNode> nodes() {
        return requests.listSwarmNodesCmd().exec().stream().map(SwarmMapper::node).toList();
    }

    @Override
    public Optional<SwarmNode> node(String id) {
        return requests.listSwarmNodesCmd().withIdFilter(List.of(id)).exec().stream()
                .filter(n -> id.equals(n.getId())).findFirst().map(SwarmMapper::node);
    }

    @Override
    public List<SwarmService> services() {
        return requests.listServicesCmd().exec().stream().map(SwarmMapper::service).toList();
    }

    @Override
    public Optional<SwarmService> service(String id) {
        try {
            return Optional.of(SwarmMapper.service(requests.inspectServiceCmd(id).exec()));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    @Override
    public List<SwarmTask> tasks() {
        return requests.listTasksCmd().exec().stream().map(SwarmMapper::task).toList();
    }

    @Override
    public boolean ping() {
        return ping.answers();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        closeQuietly(requests);
        closeQuietly(streams);
        closeQuietly(ping);
    }

    /** Docker takes {@code seconds.nanoseconds}. */
    static String sinceText(Instant t) {
        // Locale.ROOT: in some locales %d prints other digits, which the engine would reject
        return t.getEpochSecond() + "." + String.format(Locale.ROOT, "%09d", t.getNano());
    }

    static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a dead connection has nothing left to report
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
