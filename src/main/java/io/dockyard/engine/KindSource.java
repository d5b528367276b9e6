package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineObject;
import io.dockyard.model.Kind;

import java.util.List;

/**
 * The feed's knowledge of one kind: how to list it for a resync and what the engine's events about
 * it mean. Adding a kind to the feed is adding one source. Every method runs on the feed's control
 * thread; what a source has to ask the engine after an event it asks through {@link FeedContext#fetch}.
 */
interface KindSource {
    Kind kind();

    /** Every object of the kind, for the resync at connect. Blocks on the engine. */
    List<? extends EngineObject> list(EngineClient client);

    /** The resync with this listing has been handed to the store. */
    void resynced(List<? extends EngineObject> listed);

    /** Whether this source reads the event (more than one source may read the same event). */
    boolean handles(RawEvent event);

    /** What the event says, at once and without asking the engine, added to {@code out}. */
    void read(RawEvent event, List<EngineEvent> out);

    /** A burst of events has been read and emitted: ask for what they left unknown. */
    default void afterBurst() {
    }
}
