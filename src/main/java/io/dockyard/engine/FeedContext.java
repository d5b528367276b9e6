package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.model.EngineId;
import io.dockyard.model.EngineObject;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

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

    /**
     * After an object's create event: fetches it and hands it over as {@link Upserted}, unless an
     * event about it that came after the create has made the answer stale. A failure is dropped:
     * the stream breaks too, and the reconnect lists everything again.
     *
     * @param fresh  what the source knows of each id's newest event
     * @param finish what the source adds before handing it over (a known size …)
     */
    default <T extends EngineObject> void upsertFetched(Freshness fresh, String id,
                                                        Function<EngineClient, Optional<T>> request,
                                                        UnaryOperator<T> finish) {
        long asked = fresh.present(id);
        fetch(request, found -> found
                .filter(o -> fresh.isNewest(id, asked))
                .ifPresent(o -> emit(List.of(new Upserted(now(), List.of(finish.apply(o)))))),
                engineAway -> { });
    }
}
