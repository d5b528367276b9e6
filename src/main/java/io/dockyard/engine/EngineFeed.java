package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.Info;
import com.github.dockerjava.api.model.Version;
import io.dockyard.concurrent.Coalescer;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ConnectionLost;
import io.dockyard.model.EngineEvent.ConnectionRestored;
import io.dockyard.model.EngineEvent.EngineSilent;
import io.dockyard.model.EngineEvent.NoEngine;
import io.dockyard.model.EngineEvent.Resync;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineInfo;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.engine.discovery.UnixSocketProbe;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps Dockyard's model in step with one engine: one listing, then the event stream.
 *
 * <p>All of the feed's own work runs on one thread, so connecting, reading events and
 * reconnecting never race. When the stream breaks it says so, pings with back-off, lists
 * everything again, hands the listing over as a {@link Resync}, and resubscribes from the last
 * event it saw. A restarted engine has forgotten its events, which is why the listing is needed.
 *
 * <p>Events are passed on as soon as they arrive, in bursts: whatever arrived while the previous
 * burst was handled goes together. What an event does not say (PID, ports, sizes, the image list)
 * is fetched afterwards, off this thread, and follows as an {@code Inspected} event; a slow
 * inspection therefore never holds back the next event.
 *
 * <p>While live, a health ping about once a second tells a frozen engine (socket open, no
 * answers) from a quiet one, and reports it as {@link EngineSilent}; once the engine answers
 * again the feed lists it afresh. After a lost connection a local socket is watched closely, so
 * a restarted engine is listed again as soon as it answers; other endpoints are asked again every
 * quarter second at first, then less often.
 */
public final class EngineFeed implements AutoCloseable {
    private static final Duration NO_ENGINE_RETRY = Duration.ofSeconds(2);
    private static final Duration PING_EVERY = Duration.ofSeconds(1);
    /** While the engine is silent it is pinged this often, so that it is listed soon after it wakes. */
    private static final Duration PING_WHILE_SILENT = Duration.ofMillis(200);
    private static final UnixSocketProbe SOCKET_WATCH = new UnixSocketProbe(Duration.ofMillis(300));

    private final Supplier<EndpointChoice> endpoints;
    private final Consumer<List<EngineEvent>> sink;
    private final Clock clock;
    private final ScheduledExecutorService control;
    private final ScheduledExecutorService health;
    private final ExecutorService workers;
    /** Events off the stream thread, handled on the control thread as one burst per drain. */
    private final Coalescer<EventTranslator.Raw> arrived = new Coalescer<>(this::onControl, this::handle);
    private final ExecutorService detailFetcher;
    private final DetailTracker details = new DetailTracker();

    /** Written only on the control thread; read by anyone, without a lock. */
    private volatile EngineEndpoint endpoint;
    // Touched only on the control thread.
    private DockerClient requests;
    private DockerClient streams;
    private EnginePing pingNow;
    private HealthWatch watch;
    private Instant lostAt;
    private EngineListing listing;
    private Closeable subscription;
    private long generation;
    private int failures;
    private boolean live;
    private boolean everLive;
    private Instant lastEventTime;
    /** Set while live: the health thread pings through it; null while there is nothing to ping. */
    private volatile EnginePing pinging;
    /** Whether a silence has been reported: the health thread then pings more often. */
    private volatile boolean silent;
    /** Health thread only: when it last pinged. */
    private long lastPing;
    private volatile boolean closed;

    /**
     * @param endpoints asked again on every attempt, so a socket that appears later is found
     * @param sink      receives each burst of events, on the feed's thread, in order
     */
    public EngineFeed(Supplier<EndpointChoice> endpoints, Consumer<List<EngineEvent>> sink, Clock clock) {
        this.endpoints = endpoints;
        this.sink = sink;
        this.clock = clock;
        this.control = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dockyard-feed"));
        this.health = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dockyard-health"));
        this.workers = Executors.newFixedThreadPool(4, r -> daemon(r, "dockyard-inspect"));
        this.detailFetcher = Executors.newSingleThreadExecutor(r -> daemon(r, "dockyard-details"));
    }

    public void start() {
        control.execute(this::connect);
        health.scheduleWithFixedDelay(this::ping, PING_WHILE_SILENT.toMillis(), PING_WHILE_SILENT.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** The endpoint in use, or null before the first one is found. Never blocks. */
    public EngineEndpoint endpoint() {
        return endpoint;
    }

    private void connect() {
        if (closed) {
            return;
        }
        EndpointChoice choice = endpoints.get();
        if (!choice.isFound()) {
            emit(new NoEngine(clock.instant(), choice.problem(), choice.tried()));
            control.schedule(this::connect, NO_ENGINE_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        useEndpoint(choice.endpoint());
        try {
            Version version = requests.versionCmd().exec();
            Info info = requests.infoCmd().exec();
            Instant engineNow = parseOr(info.getSystemTime(), clock.instant());
            subscribe(lastEventTime != null ? lastEventTime : engineNow);
            Resync resync = new Resync(clock.instant(), listing.images(), listing.containers());
            details.resynced();
            emit(resync, new ConnectionRestored(clock.instant(), engineInfo(version, info), endpoint.host(),
                    endpoint.source(), endpoint.reason()));
            // what the listing leaves out (PIDs, times, environment; then sizes) follows as details
            resync.containers().forEach(c -> details.containerEvent(c.id(), false));
            fetchDetails();
            live = true;
            everLive = true;
            failures = 0;
            lostAt = null;
            watch = new HealthWatch(clock.instant());
            silent = false;
            pinging = pingNow;
        } catch (RuntimeException failure) {
            connectFailed(choice, failure);
        }
    }

    private void connectFailed(EndpointChoice choice, RuntimeException failure) {
        closeSubscription();
        live = false;
        pinging = null;
        String reason = EngineProblems.describe(failure, endpoint.host());
        if (everLive) {
            emit(new ConnectionLost(clock.instant(), reason));
        } else {
            List<String> tried = new ArrayList<>(choice.tried());
            tried.add(endpoint.source() + " " + endpoint.host() + ": " + reason);
            emit(new NoEngine(clock.instant(), reason, tried));
        }
        retryLater();
    }

    /**
     * The next attempt to connect. An engine that was live is asked again quickly, since it is
     * most likely restarting; a local socket is watched between attempts, which costs one
     * connect() call each time, and the feed connects as soon as the engine answers on it.
     */
    private void retryLater() {
        if (lostAt == null) {
            lostAt = clock.instant();
        }
        Duration lostFor = Duration.between(lostAt, clock.instant());
        Path socket = everLive ? DockerClients.unixSocket(endpoint) : null;
        long delay = Reconnect.delayMs(failures++, lostFor, everLive && socket == null);
        if (socket == null) {
            control.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
        long every = Reconnect.watchEveryMs(lostFor);
        control.schedule(() -> watchSocket(socket, deadline, every), every, TimeUnit.MILLISECONDS);
    }

    /** Connects once the socket answers, or at the deadline (which asks discovery again). */
    private void watchSocket(Path socket, long deadline, long every) {
        if (closed) {
            return;
        }
        if (System.nanoTime() - deadline >= 0 || SOCKET_WATCH.problem(socket).isEmpty()) {
            connect();
            return;
        }
        control.schedule(() -> watchSocket(socket, deadline, every), every, TimeUnit.MILLISECONDS);
    }

    /** On the health thread: one ping, whose outcome the control thread judges. */
    private void ping() {
        EnginePing target = pinging;
        long now = System.nanoTime();
        if (target == null || closed || (!silent && now - lastPing < PING_EVERY.toNanos())) {
            return;
        }
        lastPing = now;
        boolean answered = target.answers();
        Instant at = clock.instant();
        onControl(() -> pinged(target, answered, at));
    }

    private void pinged(EnginePing target, boolean answered, Instant at) {
        if (!live || target != pinging) {
            return; // a ping from before a reconnect
        }
        if (!answered) {
            watch.pingUnanswered(at).ifPresent(since -> emit(new EngineSilent(clock.instant(), since)));
            silent = watch.silent();
        } else if (watch.pingAnswered(at)) {
            silent = false;
            // the engine is back from a silence: whatever it did meanwhile is listed afresh
            connect();
        }
    }

    private void useEndpoint(EngineEndpoint chosen) {
        if (chosen.equals(endpoint)) {
            return;
        }
        closeQuietly(requests);
        closeQuietly(streams);
        closeQuietly(pingNow);
        endpoint = chosen;
        requests = DockerClients.forRequests(chosen);
        streams = DockerClients.forStreams(chosen);
        listing = new EngineListing(requests, workers, clock);
        pingNow = EnginePing.of(chosen);
    }

    private void subscribe(Instant since) {
        closeSubscription();
        long mine = ++generation;
        subscription = streams.eventsCmd().withSince(sinceText(since)).exec(new ResultCallback.Adapter<Event>() {
            @Override
            public void onNext(Event event) {
                EventTranslator.Raw raw = EventTranslator.read(event);
                if (raw != null) {
                    arrived.offer(raw);
                }
            }

            @Override
            public void onError(Throwable failure) {
                onControl(() -> streamEnded(mine, failure));
            }

            @Override
            public void onComplete() {
                onControl(() -> streamEnded(mine, null));
            }
        });
    }

    private void streamEnded(long which, Throwable failure) {
        if (closed || which != generation || !live) {
            return;
        }
        live = false;
        pinging = null;
        closeSubscription();
        String why = failure == null ? "the event stream closed" : EngineProblems.describe(failure, endpoint.host());
        emit(new ConnectionLost(clock.instant(), "Lost the engine at " + endpoint.host() + ": " + why
                + " Reconnecting…"));
        failures = 0;
        lostAt = clock.instant();
        retryLater();
    }

    /** Runs on the feed's thread, unless the feed is closed and that thread is gone. */
    private void onControl(Runnable task) {
        try {
            control.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the feed was closed while the stream was still talking; nothing is listening
        }
    }

    /** Handles every event that has arrived, as one burst. */
    private void handle(List<EventTranslator.Raw> burst) {
        if (closed) {
            return;
        }
        for (EventTranslator.Raw raw : burst) {
            if (raw.isContainer()) {
                details.containerEvent(raw.objectId(), raw.action().equals("destroy"));
            }
            if (raw.changesImages()) {
                details.imageEvent();
            }
        }
        lastEventTime = burst.get(burst.size() - 1).time();
        if (watch != null) {
            watch.answered(clock.instant());
        }
        emit(BurstReader.read(burst));
        fetchDetails();
    }

    /** Starts the next detail fetch, if anything is wanted and none is running. */
    private void fetchDetails() {
        details.nextRequest().ifPresent(request -> {
            EngineListing from = listing;
            detailFetcher.execute(() -> {
                try {
                    Map<String, ContainerInstance> found = from.inspectAll(request.containers().keySet(),
                            request.sizes());
                    List<ImageBlueprint> images = request.wantsImages() ? from.images() : null;
                    onControl(() -> {
                        details.answered(request, found, images, clock.instant()).ifPresent(this::emit);
                        fetchDetails();
                    });
                } catch (RuntimeException engineAway) {
                    // the stream breaks too; the reconnect lists everything again
                    onControl(() -> details.failed(request));
                }
            });
        });
    }

    private void emit(EngineEvent event) {
        emit(List.of(event));
    }

    private void emit(EngineEvent first, EngineEvent second) {
        emit(List.of(first, second));
    }

    private void emit(List<EngineEvent> events) {
        if (!closed && !events.isEmpty()) {
            sink.accept(events);
        }
    }

    private static EngineInfo engineInfo(Version v, Info info) {
        return new EngineInfo(nullToEmpty(v.getVersion()), nullToEmpty(v.getApiVersion()),
                nullToEmpty(v.getOperatingSystem()) + "/" + nullToEmpty(v.getArch()), nullToEmpty(info.getName()));
    }

    /** Docker takes {@code seconds.nanoseconds}. */
    static String sinceText(Instant t) {
        // Locale.ROOT: in some locales %d prints other digits, which the engine would reject
        return t.getEpochSecond() + "." + String.format(java.util.Locale.ROOT, "%09d", t.getNano());
    }

    private static Instant parseOr(String text, Instant fallback) {
        Instant parsed = ModelMapper.timestamp(text);
        return parsed == null ? fallback : parsed;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private void closeSubscription() {
        closeQuietly(subscription);
        subscription = null;
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // closing a dead connection has nothing left to report
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        closed = true;
        control.execute(() -> {
            closeSubscription();
            closeQuietly(requests);
            closeQuietly(streams);
            closeQuietly(pingNow);
        });
        control.shutdown();
        health.shutdownNow();
        detailFetcher.shutdownNow();
        workers.shutdownNow();
        try {
            control.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
