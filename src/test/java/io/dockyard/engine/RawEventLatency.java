package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;

import java.io.Closeable;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * For benchmarks: a bare docker-java event subscription beside the feed, recording how long after
 * the engine's own timestamp each container event of one label reaches a client at all. This is
 * the floor under the feed's latency; the rest is the feed's own work (inspection) and the store.
 */
public final class RawEventLatency implements Closeable {
    private final DockerClient client;
    private final Closeable subscription;
    private final List<Long> nanos = new ArrayList<>();

    public RawEventLatency(EngineEndpoint endpoint, String labelKey, String labelValue) {
        client = DockerClients.forStreams(endpoint);
        Instant now = Clock.systemUTC().instant();
        subscription = client.eventsCmd().withSince(DockerEngineClient.sinceText(now))
                .exec(new ResultCallback.Adapter<Event>() {
                    @Override
                    public void onNext(Event e) {
                        long arrived = nowNanos();
                        if (e.getActor() != null && e.getActor().getAttributes() != null && e.getTimeNano() != null
                                && labelValue.equals(e.getActor().getAttributes().get(labelKey))) {
                            synchronized (nanos) {
                                nanos.add(arrived - e.getTimeNano());
                            }
                        }
                    }
                });
    }

    /** Latency of each event of the label so far, in nanoseconds. */
    public List<Long> latencies() {
        synchronized (nanos) {
            return new ArrayList<>(nanos);
        }
    }

    static long nowNanos() {
        Instant now = Clock.systemUTC().instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public void close() throws IOException {
        subscription.close();
        client.close();
    }
}
