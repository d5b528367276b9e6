package io.dockyard.app;

import io.dockyard.engine.EndpointChoice;
import io.dockyard.engine.EndpointChoices;
import io.dockyard.engine.EngineEndpoint;
import io.dockyard.engine.EngineFeed;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The live link to the engine: the feed that lists and follows it, and the store that holds what
 * it said. {@link Main} starts it before JavaFX, so the engine is found, connected and listed on
 * other threads while the window is being built; states wait in the frame executor until the
 * window {@linkplain FxFrameExecutor#open() opens} it.
 */
final class EngineLink implements AutoCloseable {
    private final FxFrameExecutor frames;
    private final EngineStore store;
    private final EngineFeed feed;

    private EngineLink(FxFrameExecutor frames, EngineStore store, EngineFeed feed) {
        this.frames = frames;
        this.store = store;
        this.feed = feed;
    }

    /**
     * Finds the engine ({@code host}, or the usual places when null) and starts following it;
     * notes in {@code timing} when the engine's first listing is in.
     */
    static EngineLink start(String host, Clock clock, StartupTiming timing) {
        FxFrameExecutor frames = FxFrameExecutor.heldUntilOpen();
        EngineStore store = new EngineStore(EngineState.empty(Connection.connecting("", "")), frames);
        AtomicBoolean listed = new AtomicBoolean();
        EngineFeed feed = new EngineFeed(EndpointChoices.fromSystem(host, System.getenv()), events -> {
            if (!listed.get() && events.stream().anyMatch(EngineEvent.Resync.class::isInstance)) {
                listed.set(true); // the feed hands events over from one thread
                timing.mark("engine-listed");
            }
            store.accept(events);
        }, clock);
        feed.start();
        return new EngineLink(frames, store, feed);
    }

    /**
     * Starts following one more engine, found afresh through {@code endpoints} on every attempt,
     * for a window that is already open.
     */
    static EngineLink follow(Supplier<EndpointChoice> endpoints, Clock clock) {
        FxFrameExecutor frames = new FxFrameExecutor();
        EngineStore store = new EngineStore(EngineState.empty(Connection.connecting("", "")), frames);
        EngineFeed feed = new EngineFeed(endpoints, store::accept, clock);
        feed.start();
        return new EngineLink(frames, store, feed);
    }

    /** Runs work on the FX thread once per frame; open it from the FX thread. */
    FxFrameExecutor frames() {
        return frames;
    }

    EngineStore store() {
        return store;
    }

    /** The endpoint in use, or null before one is found. */
    EngineEndpoint endpoint() {
        return feed.endpoint();
    }

    /** Polls the engine's Swarm tasks (on a manager) while {@code on}; they have no events of their own. */
    void pollSwarmTasks(boolean on) {
        feed.pollSwarmTasks(on);
    }

    @Override
    public void close() {
        feed.close();
        store.close();
    }
}
