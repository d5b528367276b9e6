package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/** What the feed lends its sources: its clock, its sink, the client in use and its threads. */
final class SourceContext implements FeedContext {
    private final Clock clock;
    private final Consumer<List<EngineEvent>> emit;
    private final Executor control;
    private final BiConsumer<Long, Runnable> later;
    private final ExecutorService fetches;
    // Control thread only.
    private EngineClient client;
    private EngineId engine = EngineId.UNKNOWN;

    /**
     * @param emit    the feed's sink
     * @param control runs a task on the control thread (and drops it once the feed is closed)
     * @param later   runs a task on the control thread after so many milliseconds
     * @param fetches where requests after events run
     */
    SourceContext(Clock clock, Consumer<List<EngineEvent>> emit, Executor control, BiConsumer<Long, Runnable> later,
                  ExecutorService fetches) {
        this.clock = clock;
        this.emit = emit;
        this.control = control;
        this.later = later;
        this.fetches = fetches;
    }

    /** The feed connected: fetches go through this client, observations name this engine. */
    void use(EngineClient connected, EngineId id) {
        client = connected;
        engine = id;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public EngineId engine() {
        return engine;
    }

    @Override
    public void emit(List<EngineEvent> events) {
        emit.accept(events);
    }

    @Override
    public <T> void fetch(Function<EngineClient, T> request, Consumer<T> answered, Consumer<RuntimeException> failed) {
        EngineClient asked = client;
        try {
            fetches.execute(() -> {
                try {
                    T answer = request.apply(asked);
                    control.execute(() -> answered.accept(answer));
                } catch (RuntimeException engineAway) {
                    control.execute(() -> failed.accept(engineAway));
                }
            });
        } catch (RejectedExecutionException closing) {
            // the feed is closed: nobody waits for the answer
        }
    }

    @Override
    public void later(Duration delay, Runnable task) {
        later.accept(delay.toMillis(), task);
    }
}
