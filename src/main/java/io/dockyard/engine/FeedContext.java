package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the feed lends its sources. Every method is called on the feed's control thread, and every
 * callback runs there too, so a source's own state needs no lock.
 */
interface FeedContext {
    Instant now();

    /** The engine in use, as its last {@code docker info} named it. */
    EngineId engine();

    /** Hands model events to the store, in order, after whatever was emitted before. */
    void emit(List<EngineEvent> events);

    /**
     * Asks the engine off the control thread, through the client in use now, then hands the
     * answer (or the failure) back on the control thread. Both are dropped once the feed is closed.
     */
    <T> void fetch(Function<EngineClient, T> request, Consumer<T> answered, Consumer<RuntimeException> failed);

    /** Runs the task on the control thread after the delay. */
    void later(Duration delay, Runnable task);
}
