package io.dockyard.sync;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one writer of {@link EngineState}. Events from any thread queue up; a single store thread
 * reduces whatever has queued in one step; the newest state is handed to the UI through the
 * injected executor, with at most one hand-over outstanding. While the UI is busy, newer states
 * replace older ones instead of piling up, so a burst of 500 events reaches the screen as one
 * state and one list of events.
 */
public final class EngineStore implements AutoCloseable {
    private final Executor uiExecutor;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dockyard-store");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<EngineEvent> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean reducePending = new AtomicBoolean();
    private final AtomicBoolean publishPending = new AtomicBoolean();
    private final List<Consumer<EngineState>> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<EngineEvent>>> eventListeners = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<EngineEvent> unpublishedEvents = new ConcurrentLinkedQueue<>();
    private volatile EngineState current;
    private long publishedRevision = -1; // touched only by the UI executor

    /**
     * @param initial    the state before the engine said anything
     * @param uiExecutor runs listeners; in the app it runs them on the FX thread once per frame,
     *                   in tests it may run them at once
     */
    public EngineStore(EngineState initial, Executor uiExecutor) {
        this.current = initial;
        this.uiExecutor = uiExecutor;
    }

    public static EngineStore connecting(String endpoint, Executor uiExecutor) {
        return new EngineStore(EngineState.empty(Connection.connecting(endpoint, "")), uiExecutor);
    }

    /** Queues events for the writer; safe from any thread. */
    public void accept(List<EngineEvent> events) {
        inbox.addAll(events);
        if (reducePending.compareAndSet(false, true)) {
            writer.execute(this::reduceQueued);
        }
    }

    /** The newest state, from any thread. */
    public EngineState current() {
        return current;
    }

    /** Calls the listener, on the UI executor, with the current state and each newer one. */
    public Runnable subscribe(Consumer<EngineState> listener) {
        stateListeners.add(listener);
        uiExecutor.execute(() -> listener.accept(current));
        return () -> stateListeners.remove(listener);
    }

    /** Calls the listener, on the UI executor, with the events behind each published state. */
    public Runnable subscribeEvents(Consumer<List<EngineEvent>> listener) {
        eventListeners.add(listener);
        return () -> eventListeners.remove(listener);
    }

    private void reduceQueued() {
        reducePending.set(false);
        List<EngineEvent> burst = new ArrayList<>();
        for (EngineEvent e; (e = inbox.poll()) != null; ) {
            burst.add(e);
        }
        if (burst.isEmpty()) {
            return;
        }
        current = EngineReducer.reduceAll(current, burst);
        unpublishedEvents.addAll(burst);
        if (publishPending.compareAndSet(false, true)) {
            uiExecutor.execute(this::publish);
        }
    }

    private void publish() {
        publishPending.set(false);
        // events first: the writer sets the state before it queues the events behind it, so every
        // event taken here is already in the state read next
        List<EngineEvent> events = new ArrayList<>();
        for (EngineEvent e; (e = unpublishedEvents.poll()) != null; ) {
            events.add(e);
        }
        EngineState state = current;
        if (state.revision() != publishedRevision) {
            publishedRevision = state.revision();
            for (Consumer<EngineState> l : stateListeners) {
                l.accept(state);
            }
        }
        // events still go out when their state was already published by an earlier hand-over
        // (the writer sets the state before it queues the events behind it)
        if (!events.isEmpty()) {
            for (Consumer<List<EngineEvent>> l : eventListeners) {
                l.accept(List.copyOf(events));
            }
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
