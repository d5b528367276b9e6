package io.dockyard.sync;

import io.dockyard.concurrent.Coalescer;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The one writer of {@link EngineState}. Events from any thread queue up; a single store thread
 * reduces whatever has queued in one step; the newest state is handed to the UI through the
 * injected executor, with at most one hand-over outstanding. While the UI is busy, newer states
 * replace older ones instead of piling up, so a burst of 500 events reaches the screen as one
 * state and one list of events.
 *
 * <p>A bug in Dockyard does not stop the store. Each listener is called on its own: one that throws
 * does not keep the state from the others, nor the events of that frame from their listeners. When
 * the reducer throws on a burst, the burst is applied again one event at a time and only the events
 * that throw are skipped: a skipped event is in neither the state nor the published events (so the two
 * still agree), and the next full listing of the engine ({@code Resync}) puts right what it changed.
 * Each such failure is logged with its stack trace and handed to {@link #onBug} listeners as a
 * {@link BugNotice}, worded for the status bar.
 */
public final class EngineStore implements AutoCloseable {
    private final Executor uiExecutor;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dockyard-store");
        t.setDaemon(true);
        return t;
    });
    private final Coalescer<EngineEvent> inbox;
    private final List<StateListener> stateListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<EngineEvent>>> eventListeners = new CopyOnWriteArrayList<>();
    private final Coalescer<EngineEvent> unpublishedEvents;
    private final List<BugListener> bugListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong bugsSoFar = new AtomicLong();
    private final Consumer<BugNotice> log;
    private volatile BugNotice lastBug;
    private volatile EngineState current;

    /**
     * @param initial    the state before the engine said anything
     * @param uiExecutor runs listeners; in the app it runs them on the FX thread once per frame,
     *                   in tests it may run them at once
     */
    public EngineStore(EngineState initial, Executor uiExecutor) {
        this(initial, uiExecutor, EngineStore::logToSystemLogger);
    }

    /** As above, with where bugs are logged (the system logger in the app; a list in tests). */
    EngineStore(EngineState initial, Executor uiExecutor, Consumer<BugNotice> log) {
        this.current = initial;
        this.uiExecutor = uiExecutor;
        this.log = Objects.requireNonNull(log, "log");
        this.inbox = new Coalescer<>(writer, this::reduce);
        this.unpublishedEvents = new Coalescer<>(uiExecutor, this::publish);
    }

    public static EngineStore connecting(String endpoint, Executor uiExecutor) {
        return new EngineStore(EngineState.empty(Connection.connecting(endpoint, "")), uiExecutor);
    }

    /** Queues events for the writer; safe from any thread. */
    public void accept(List<EngineEvent> events) {
        inbox.offerAll(events);
    }

    /** The newest state, from any thread. */
    public EngineState current() {
        return current;
    }

    /** Calls the listener, on the UI executor, with the current state and each newer one. */
    public Runnable subscribe(Consumer<EngineState> listener) {
        StateListener subscription = new StateListener(listener);
        stateListeners.add(subscription);
        uiExecutor.execute(() -> offer(subscription, current));
        return () -> stateListeners.remove(subscription);
    }

    /** Calls the listener, on the UI executor, with the events behind each published state. */
    public Runnable subscribeEvents(Consumer<List<EngineEvent>> listener) {
        eventListeners.add(listener);
        return () -> eventListeners.remove(listener);
    }

    /**
     * Calls the listener, on the UI executor, with the newest bug so far (if Dockyard hit one before
     * anyone listened) and with each later one, so the app can show it: for example
     * {@code store.onBug(bug -> statusBar.notice(bug.message()))}. The bug is logged either way.
     */
    public Runnable onBug(Consumer<BugNotice> listener) {
        BugListener subscription = new BugListener(listener);
        bugListeners.add(subscription);
        uiExecutor.execute(() -> {
            BugNotice before = lastBug;
            if (before != null) {
                subscription.offer(before);
            }
        });
        return () -> bugListeners.remove(subscription);
    }

    private void reduce(List<EngineEvent> burst) {
        List<EngineEvent> applied = new ArrayList<>(burst.size());
        current = reduceSkippingBugs(current, burst, applied);
        if (applied.isEmpty()) {
            return; // every event of the burst was skipped: nothing new to show
        }
        unpublishedEvents.offerAll(applied);
    }

    /**
     * The whole burst in one reduction; when that throws, one event at a time, skipping (and reporting)
     * each event that throws. Puts into {@code applied} the events the returned state holds.
     */
    private EngineState reduceSkippingBugs(EngineState state, List<EngineEvent> burst, List<EngineEvent> applied) {
        try {
            EngineState next = EngineReducer.reduceAll(state, burst);
            applied.addAll(burst);
            return next;
        } catch (RuntimeException bugInBurst) {
            // the reducer is pure, so a failed attempt left `state` as it was
            EngineState next = state;
            for (EngineEvent event : burst) {
                try {
                    next = EngineReducer.reduce(next, event);
                    applied.add(event);
                } catch (RuntimeException bug) {
                    report(BugNotice.skippedEvent(bugsSoFar.incrementAndGet(), event, bug));
                }
            }
            if (applied.size() == burst.size()) {
                // each event alone went through, so only their mix failed: nothing skipped, still a bug
                report(BugNotice.burstOneByOne(bugsSoFar.incrementAndGet(), burst.size(), bugInBurst));
            }
            return next;
        }
    }

    private void publish(List<EngineEvent> events) {
        // events first: the writer sets the state before it queues the events behind it, so every
        // event taken here is already in the state read next. A drain that finds no events has no
        // newer state either: whichever drain took those events read the state after them.
        EngineState state = current;
        for (StateListener l : stateListeners) {
            offer(l, state);
        }
        // Events go out even when their state went out before them: a publish can read the newest
        // state before the writer has queued that state's events, and the next publish then finds
        // those events and no newer state. (Returning early there used to lose them.)
        List<EngineEvent> published = List.copyOf(events);
        for (Consumer<List<EngineEvent>> l : eventListeners) {
            try {
                l.accept(published);
            } catch (RuntimeException bug) {
                report(BugNotice.eventListener(bugsSoFar.incrementAndGet(), bug));
            }
        }
    }

    /** Hands one listener the state; if it throws, the bug is reported and the caller goes on. */
    private void offer(StateListener listener, EngineState state) {
        try {
            listener.offer(state);
        } catch (RuntimeException bug) {
            report(BugNotice.stateListener(bugsSoFar.incrementAndGet(), bug));
        }
    }

    /** Logs the bug now, from any thread, and hands it to the bug listeners on the UI executor. */
    private void report(BugNotice bug) {
        log.accept(bug);
        lastBug = bug;
        uiExecutor.execute(() -> {
            for (BugListener l : bugListeners) {
                l.offer(bug);
            }
        });
    }

    private static void logToSystemLogger(BugNotice bug) {
        System.getLogger(EngineStore.class.getName()).log(System.Logger.Level.ERROR, bug.message(), bug.cause());
    }

    /** Waits until everything accepted before this call is reduced and its publish handed over. For tests. */
    void awaitWriter(java.time.Duration limit) throws Exception {
        writer.submit(() -> { }).get(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A state listener and the newest revision it was given; touched only on the UI executor. */
    private static final class StateListener {
        private final Consumer<EngineState> target;
        private long seen = -1;

        StateListener(Consumer<EngineState> target) {
            this.target = target;
        }

        /** Hands over the state unless this listener has it already (a subscription and a publish can meet). */
        void offer(EngineState state) {
            if (state.revision() > seen) {
                seen = state.revision();
                target.accept(state);
            }
        }
    }

    /** A bug listener and the newest notice it was given; touched only on the UI executor. */
    private static final class BugListener {
        private final Consumer<BugNotice> target;
        private long seen;

        BugListener(Consumer<BugNotice> target) {
            this.target = target;
        }

        /** Hands over the notice unless this listener has it already; a listener that throws is only logged. */
        void offer(BugNotice bug) {
            if (bug.number() <= seen) {
                return;
            }
            seen = bug.number();
            try {
                target.accept(bug);
            } catch (RuntimeException failedToShow) {
                // reporting this as a bug could loop; the log is the one place left to say it
                System.getLogger(EngineStore.class.getName()).log(System.Logger.Level.ERROR,
                        "could not show a bug notice: " + bug.message(), failedToShow);
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
