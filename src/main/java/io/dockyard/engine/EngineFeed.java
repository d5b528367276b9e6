package io.dockyard.engine;

import io.dockyard.concurrent.Coalescer;
import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ConnectionLost;
import io.dockyard.model.EngineEvent.ConnectionRestored;
import io.dockyard.model.EngineEvent.EngineSilent;
import io.dockyard.model.EngineEvent.NoEngine;
import io.dockyard.model.EngineEvent.Resync;
import io.dockyard.model.EngineId;
import io.dockyard.model.EngineObject;
import io.dockyard.model.Kind;

import java.io.Closeable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keeps Dockyard's model in step with one engine: one listing, then the event stream. What each
 * kind's listing and events mean is one {@link KindSource} per kind; this class is the loop.
 *
 * <p>All of the feed's own work runs on one thread, so connecting, reading events and
 * reconnecting never race. When the stream breaks it says so, pings with back-off, lists
 * everything again, hands the listing over as a {@link Resync}, and resubscribes from the last
 * event it saw. A restarted engine has forgotten its events, which is why the listing is needed.
 *
 * <p>Events are passed on as soon as they arrive, in bursts: whatever arrived while the previous
 * burst was handled goes together. What an event does not say (PID, ports, sizes, the image list, a
 * new volume or network) is fetched afterwards, off this thread; a slow answer therefore never holds
 * back the next event.
 *
 * <p>While live, a health ping about once a second tells a frozen engine (socket open, no
 * answers) from a quiet one, and reports it as {@link EngineSilent}; once the engine answers
 * again the feed lists it afresh. After a lost connection a local socket is watched closely, so
 * a restarted engine is listed again as soon as it answers; other endpoints are asked again every
 * quarter second at first, then less often.
 */
public final class EngineFeed implements AutoCloseable {
    private static final Duration NO_ENGINE_RETRY = Duration.ofSeconds(2);

    private final Supplier<EndpointChoice> endpoints;
    private final Consumer<List<EngineEvent>> sink;
    private final Clock clock;
    private final Function<EngineEndpoint, EngineClient> clients;
    private final FeedExecutors executors;
    /** Events off the stream thread, handled on the control thread as one burst per drain. */
    private final Coalescer<RawEvent> arrived;
    private final SourceContext lent;
    private final List<KindSource> sources;
    private final TaskSource tasks;
    private final HealthPing health;
    private final RetryTimer retries;

    /** Written only on the control thread; read by anyone, without a lock. */
    private volatile EngineEndpoint endpoint;
    // Touched only on the control thread.
    private EngineClient client;
    private Closeable subscription;
    private long generation;
    private boolean live;
    private boolean everLive;
    private Instant lastEventTime;
    private volatile boolean closed;

    /**
     * A feed of the real engine, on threads of its own.
     *
     * @param endpoints asked again on every attempt, so a socket that appears later is found
     * @param sink      receives each burst of events, on the feed's thread, in order
     */
    public EngineFeed(Supplier<EndpointChoice> endpoints, Consumer<List<EngineEvent>> sink, Clock clock) {
        this(endpoints, sink, clock, DockerEngineClient::open, FeedExecutors.threads());
    }

    /**
     * @param clients   opens a client for an endpoint (the docker adapter, or a fake in tests)
     * @param executors where the feed's work runs; shut down when the feed closes
     */
    public EngineFeed(Supplier<EndpointChoice> endpoints, Consumer<List<EngineEvent>> sink, Clock clock,
                      Function<EngineEndpoint, EngineClient> clients, FeedExecutors executors) {
        this.endpoints = endpoints;
        this.sink = sink;
        this.clock = clock;
        this.clients = clients;
        this.executors = executors;
        this.arrived = new Coalescer<>(this::onControl, this::handle);
        this.lent = new SourceContext(clock, this::emit, this::onControl, this::later, executors.fetches());
        ContainerDetails details = new ContainerDetails(lent);
        // containers before images: a commit reads as the container's event, then the image it made
        SwarmScope swarm = new SwarmScope(lent);
        this.tasks = new TaskSource(lent, swarm, TaskSource.INTERVAL);
        // nodes first among the Swarm kinds: their listing asks whether the engine manages a swarm at all
        this.sources = List.of(new ContainerSource(details), new ImageSource(details), new VolumeSource(lent),
                new NetworkSource(lent, details), SwarmObjectSource.nodes(lent, swarm),
                SwarmObjectSource.services(lent, swarm, tasks::pollSoon), tasks);
        this.health = new HealthPing(clock, this::onControl,
                since -> emit(List.of(new EngineSilent(clock.instant(), since))),
                // the engine is back from a silence: whatever it did meanwhile is listed afresh
                this::connect);
        this.retries = new RetryTimer(clock, this::later, this::connect, () -> closed);
    }

    public void start() {
        executors.control().execute(this::connect);
        health.start(executors.health());
    }

    /** The endpoint in use, or null before the first one is found. Never blocks. */
    public EngineEndpoint endpoint() {
        return endpoint;
    }

    /**
     * Turns the poll of Swarm tasks on or off; it is on from the start. Off stops it entirely (the
     * tasks listed at the last connect stay as they were); on polls at once, then every second, on
     * a swarm manager only. An app that shows no Swarm objects turns it off. Never blocks.
     */
    public void pollSwarmTasks(boolean on) {
        onControl(() -> tasks.polling(on));
    }

    private void connect() {
        if (closed) {
            return;
        }
        EndpointChoice choice = endpoints.get();
        if (!choice.isFound()) {
            emit(List.of(new NoEngine(clock.instant(), choice.problem(), choice.tried())));
            later(NO_ENGINE_RETRY.toMillis(), this::connect);
            return;
        }
        useEndpoint(choice.endpoint());
        try {
            EngineClient.About about = client.about();
            lent.use(client, new EngineId(about.info().id(), about.info().name()));
            subscribe(lastEventTime != null ? lastEventTime : about.engineTime());
            Map<Kind, List<EngineObject>> listings = new EnumMap<>(Kind.class);
            for (KindSource source : sources) {
                listings.put(source.kind(), List.copyOf(source.list(client)));
            }
            emit(List.of(new Resync(clock.instant(), listings), new ConnectionRestored(clock.instant(), about.info(),
                    endpoint.host(), endpoint.source(), endpoint.reason())));
            sources.forEach(s -> s.resynced(listings.get(s.kind())));
            sources.forEach(KindSource::afterBurst);
            live = true;
            everLive = true;
            retries.connected();
            health.live(client);
        } catch (RuntimeException failure) {
            connectFailed(choice, failure);
        }
    }

    private void connectFailed(EndpointChoice choice, RuntimeException failure) {
        closeSubscription();
        live = false;
        health.stopped();
        String reason = EngineProblems.describe(failure, endpoint.host());
        if (everLive) {
            emit(List.of(new ConnectionLost(clock.instant(), reason)));
        } else {
            List<String> tried = new ArrayList<>(choice.tried());
            tried.add(endpoint.source() + " " + endpoint.host() + ": " + reason);
            emit(List.of(new NoEngine(clock.instant(), reason, tried)));
        }
        retries.retry(endpoint, everLive);
    }

    private void useEndpoint(EngineEndpoint chosen) {
        if (chosen.equals(endpoint) && client != null) {
            return;
        }
        if (client != null) {
            client.close();
        }
        endpoint = chosen;
        client = clients.apply(chosen);
    }

    private void subscribe(Instant since) {
        closeSubscription();
        long mine = ++generation;
        subscription = client.events(since, new EngineClient.EventSink() {
            @Override
            public void onEvent(RawEvent event) {
                arrived.offer(event);
            }

            @Override
            public void onError(Throwable failure) {
                onControl(() -> streamEnded(mine, failure));
            }

            @Override
            public void onEnd() {
                onControl(() -> streamEnded(mine, null));
            }
        });
    }

    private void streamEnded(long which, Throwable failure) {
        if (closed || which != generation || !live) {
            return;
        }
        live = false;
        health.stopped();
        closeSubscription();
        String why = failure == null ? "the event stream closed" : EngineProblems.describe(failure, endpoint.host());
        emit(List.of(new ConnectionLost(clock.instant(), "Lost the engine at " + endpoint.host() + ": " + why
                + " Reconnecting…")));
        retries.lost();
        retries.retry(endpoint, true);
    }

    /** Handles every event that has arrived, as one burst: each source reads what concerns it. */
    private void handle(List<RawEvent> burst) {
        if (closed) {
            return;
        }
        List<EngineEvent> events = new ArrayList<>(burst.size());
        for (RawEvent raw : burst) {
            for (KindSource source : sources) {
                if (source.handles(raw)) {
                    source.read(raw, events);
                }
            }
        }
        lastEventTime = burst.get(burst.size() - 1).time();
        health.answered();
        emit(events);
        sources.forEach(KindSource::afterBurst);
    }

    /** Runs on the feed's thread, unless the feed is closed and that thread is gone. */
    private void onControl(Runnable task) {
        try {
            executors.control().execute(task);
        } catch (RejectedExecutionException closing) {
            // the feed was closed while the stream was still talking; nothing is listening
        }
    }

    private void later(Long delayMs, Runnable task) {
        try {
            executors.control().schedule(task, delayMs, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // closed: there is no next attempt
        }
    }

    private void emit(List<EngineEvent> events) {
        if (!closed && !events.isEmpty()) {
            sink.accept(events);
        }
    }

    private void closeSubscription() {
        DockerEngineClient.closeQuietly(subscription);
        subscription = null;
    }

    @Override
    public void close() {
        closed = true;
        onControl(() -> {
            closeSubscription();
            if (client != null) {
                client.close();
            }
        });
        executors.shutdown();
    }
}
