package io.dockyard.sync;

import io.dockyard.model.Connection;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineState;
import io.dockyard.testing.Await;
import io.dockyard.testing.ManualFrames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.dockyard.testing.ModelFixtures.T0;
import static io.dockyard.testing.ModelFixtures.container;
import static io.dockyard.testing.ModelFixtures.containerId;
import static io.dockyard.testing.ModelFixtures.event;
import static io.dockyard.testing.ModelFixtures.imageId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store: one writer, coalesced publication through the UI executor, nothing lost or doubled. */
@Timeout(60)
class EngineStoreTest {
    private static final Duration WRITER = Duration.ofSeconds(10);
    private final ManualFrames frames = new ManualFrames();
    private final List<EngineState> states = new CopyOnWriteArrayList<>();
    private final List<EngineEvent> delivered = new CopyOnWriteArrayList<>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final List<BugNotice> logged = new CopyOnWriteArrayList<>();
    private EngineStore store;

    private EngineStore open(java.util.concurrent.Executor ui) {
        store = new EngineStore(EngineState.empty(Connection.connecting("unix:///var/run/docker.sock", "")), ui,
                logged::add);
        store.subscribe(states::add);
        store.subscribeEvents(events -> {
            batchSizes.add(events.size());
            delivered.addAll(events);
        });
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** One container created per event, so the state shows how many events it holds. */
    private static List<EngineEvent> creates(int from, int count) {
        List<EngineEvent> events = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            events.add(event(ContainerAction.CREATE, containerId(i), T0.plusMillis(i),
                    container(containerId(i), "c" + i, imageId(1), ContainerState.CREATED, 0, T0)));
        }
        return events;
    }

    /** Waits until the writer has reduced everything accepted so far and handed over its publish. */
    private void awaitWriter(int containers) {
        try {
            store.awaitWriter(WRITER);
        } catch (Exception e) {
            throw new AssertionError("the writer did not finish within " + WRITER, e);
        }
        assertEquals(containers, store.current().containers().size(), "containers in the writer's state");
    }

    @Test
    void subscribeDeliversTheCurrentStateOnTheUiExecutor() {
        open(frames);
        assertEquals(List.of(), states, "nothing is delivered outside the UI executor");
        assertEquals(1, frames.runFrame());
        assertEquals(List.of(store.current()), states);
    }

    @Test
    void aBurstOf500EventsQueuedBeforeTheFrameIsOnePublish() {
        open(frames);
        frames.runFrame();
        states.clear();
        List<EngineEvent> burst = creates(0, 500);
        for (EngineEvent e : burst) {
            store.accept(List.of(e)); // the worst case: one event at a time
        }
        awaitWriter(500);
        assertEquals(1, frames.pending(), "one publish waits for the frame, not 500");

        frames.runFrame();
        assertEquals(1, states.size(), "one state for the whole burst");
        assertSame(store.current(), states.get(0), "and it is the newest");
        assertEquals(List.of(500), batchSizes, "one list of events for the whole burst");
        assertEquals(burst, delivered);
        assertEquals(0, frames.pending());
        assertEquals(0, frames.runFrame(), "nothing left over for the next frame");
    }

    @Test
    void listenersGetTheNewestStateOnly() {
        open(frames);
        frames.runFrame();
        states.clear();
        store.accept(creates(0, 10));
        awaitWriter(10);
        store.accept(List.of(new EngineEvent.ConnectionLost(T0, "gone")));
        awaitWriter(10);
        frames.runFrame();
        assertEquals(1, states.size());
        assertEquals(Connection.Status.RECONNECTING, states.get(0).connection().status());
        assertEquals(10, states.get(0).containers().size());
        assertEquals(11, delivered.size());
    }

    @Test
    void atMostOnePublishIsOutstandingWhileManyThreadsWrite() throws Exception {
        Queue<String> tooManyPublishes = new ConcurrentLinkedQueue<>();
        open(frames);
        frames.runFrame();
        states.clear();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch go = new CountDownLatch(1);
            for (int t = 0; t < 4; t++) {
                int from = t * 1000;
                writers.execute(() -> {
                    await(go);
                    for (EngineEvent e : creates(from, 1000)) {
                        store.accept(List.of(e));
                        int pending = frames.pending();
                        if (pending > 1) {
                            // noted here, asserted on the test thread: a failed assert in a worker never reaches JUnit
                            tooManyPublishes.add(pending + " publishes outstanding after event " + e.time());
                        }
                    }
                });
            }
            go.countDown();
            writers.shutdown();
            assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));
        } finally {
            writers.shutdownNow();
        }
        assertTrue(tooManyPublishes.isEmpty(), () -> "more than one publish outstanding, " + tooManyPublishes.size()
                + " times; first: " + tooManyPublishes.peek());
        awaitWriter(4000);
        assertEquals(1, frames.pending());
        frames.runFrame();
        assertEquals(1, states.size());
        assertEquals(4000, states.get(0).containers().size(), "no event of any writer thread was lost");
        assertEquals(4000, delivered.size());
    }

    @Test
    void eventListenersGetEveryEventOnceAndInOrderAcrossFrames() {
        open(frames);
        List<EngineEvent> sent = new ArrayList<>();
        for (int wave = 0; wave < 20; wave++) {
            List<EngineEvent> events = creates(wave * 50, 50);
            sent.addAll(events);
            store.accept(events.subList(0, 25));
            store.accept(events.subList(25, 50));
            if (wave % 3 == 0) {
                awaitWriter(sent.size());
                frames.runFrame();
            }
        }
        awaitWriter(sent.size());
        frames.runFrame();
        assertEquals(sent, delivered);
        long[] revisions = states.stream().mapToLong(EngineState::revision).toArray();
        for (int i = 1; i < revisions.length; i++) {
            assertTrue(revisions[i] > revisions[i - 1], "each state newer than the last, none twice: "
                    + java.util.Arrays.toString(revisions));
        }
    }

    @Test
    void everyEventArrivesOnceWhileTheUiThreadPublishesConcurrently() throws Exception {
        // a real UI thread racing the writer: the writer may finish a reduction while a publish runs
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try {
            open(ui);
            List<EngineEvent> sent = creates(0, 20_000);
            for (int i = 0; i < sent.size(); i += 4) {
                store.accept(sent.subList(i, i + 4));
            }
            Await.until(WRITER, () -> delivered.size() >= sent.size(),
                    () -> delivered.size() + " of " + sent.size() + " events delivered");
            ui.submit(() -> { }).get(); // let a publish that is still running finish
            assertEquals(sent.size(), delivered.size());
            assertEquals(sent, delivered);
        } finally {
            ui.shutdownNow();
        }
    }

    @Test
    void oneWriterThreadReducesEverything() throws Exception {
        Set<String> publishingThreads = ConcurrentHashMap.newKeySet();
        open(Runnable::run); // publishes run on whichever thread hands them over: the writer
        store.subscribe(s -> publishingThreads.add(Thread.currentThread().getName()));
        publishingThreads.clear();
        ExecutorService producers = Executors.newFixedThreadPool(3);
        try {
            for (int t = 0; t < 3; t++) {
                int from = t * 300;
                producers.execute(() -> creates(from, 300).forEach(e -> store.accept(List.of(e))));
            }
            producers.shutdown();
            assertTrue(producers.awaitTermination(30, TimeUnit.SECONDS));
        } finally {
            producers.shutdownNow();
        }
        awaitWriter(900);
        assertEquals(900, states.get(states.size() - 1).containers().size(), "the last publish has everything");
        assertEquals(Set.of("dockyard-store"), publishingThreads);
    }

    @Test
    void anUnsubscribedListenerHearsNoMore() {
        open(frames);
        List<EngineState> mine = Collections.synchronizedList(new ArrayList<>());
        Runnable unsubscribe = store.subscribe(mine::add);
        frames.runFrame();
        unsubscribe.run();
        store.accept(creates(0, 3));
        awaitWriter(3);
        frames.runFrame();
        assertEquals(1, mine.size(), "only the state at subscription");
        assertEquals(3, states.get(states.size() - 1).containers().size(), "the other listener still hears");
    }

    @Test
    void aThrowingStateListenerStopsNeitherTheOtherListenersNorTheFramesEvents() {
        open(frames);
        List<BugNotice> shown = new CopyOnWriteArrayList<>();
        store.onBug(shown::add);
        store.subscribe(s -> {
            if (!s.containers().isEmpty()) {
                throw new IllegalStateException("a view broke");
            }
        });
        List<EngineState> later = new CopyOnWriteArrayList<>();
        store.subscribe(later::add); // subscribed after the broken one, so it is called after it
        frames.runFrame();
        store.accept(creates(0, 3));
        awaitWriter(3);

        frames.runFrame();

        assertEquals(3, last(later).containers().size(), "the listener after the broken one got the state");
        assertEquals(3, last(states).containers().size());
        assertEquals(creates(0, 3), delivered, "the frame's events still went out");
        assertEquals(List.of("a view broke"), causes(logged), "logged at once");
        frames.runFrame(); // the notice goes out through the UI executor
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).message().startsWith("Dockyard hit a bug while showing the engine's state"
                + " (IllegalStateException: a view broke)"), shown.get(0).message());
    }

    @Test
    void aThrowingEventListenerDoesNotStopTheOtherEventListeners() {
        open(frames);
        List<BugNotice> shown = new CopyOnWriteArrayList<>();
        store.onBug(shown::add);
        store.subscribeEvents(events -> {
            throw new UnsupportedOperationException("journal broke");
        });
        List<EngineEvent> later = new CopyOnWriteArrayList<>();
        store.subscribeEvents(later::addAll);
        store.accept(creates(0, 2));
        awaitWriter(2);

        frames.runFrame();
        frames.runFrame();

        assertEquals(creates(0, 2), later);
        assertEquals(creates(0, 2), delivered);
        assertEquals(List.of("journal broke"), causes(logged));
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).message().contains("following the engine's events"), shown.get(0).message());
    }

    @Test
    void aReducerBugSkipsThatEventOnlyAndTheRestOfTheBurstLands() {
        open(frames);
        frames.runFrame();
        List<BugNotice> shown = new CopyOnWriteArrayList<>();
        store.onBug(shown::add);
        List<EngineEvent> before = creates(0, 3);
        List<EngineEvent> after = creates(3, 2);
        List<EngineEvent> burst = new ArrayList<>(before);
        burst.add(event(null, containerId(0), T0.plusSeconds(9))); // an action the reducer cannot handle
        burst.addAll(after);

        store.accept(burst);
        awaitWriter(5);
        frames.runFrame();

        assertEquals(5, last(states).containers().size(), "the good events of the burst are in the state");
        List<EngineEvent> good = new ArrayList<>(before);
        good.addAll(after);
        assertEquals(good, delivered, "the skipped event is not published: the events match the state");
        assertEquals(1, logged.size(), "logged once");
        assertTrue(logged.get(0).cause() instanceof NullPointerException, String.valueOf(logged.get(0).cause()));
        frames.runFrame();
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).message().startsWith("Dockyard hit a bug applying one engine event (container null "
                + containerId(0)), shown.get(0).message());
        assertTrue(shown.get(0).message().contains("skipped it; the others were applied"), shown.get(0).message());

        store.accept(creates(5, 1));
        awaitWriter(6);
        frames.runFrame();
        assertEquals(6, last(states).containers().size(), "the store goes on after the bug");
    }

    @Test
    void aBugBeforeAnyoneListensIsShownToTheFirstBugListenerOnce() {
        open(frames);
        frames.runFrame();
        // no id: the reducer takes it, but the state it builds cannot hold it
        store.accept(List.of(event(ContainerAction.CREATE, null, T0,
                container(null, "c1", imageId(1), ContainerState.CREATED, 0, T0))));
        awaitWriter(0);
        frames.runFrame();
        assertEquals(0, frames.pending(), "a burst with nothing applied publishes nothing");
        assertEquals(1, logged.size());

        List<BugNotice> shown = new CopyOnWriteArrayList<>();
        store.onBug(shown::add);
        frames.runFrame();
        frames.runFrame();

        assertEquals(List.copyOf(logged), shown, "the bug from before, once");
    }

    private static EngineState last(List<EngineState> states) {
        return states.get(states.size() - 1);
    }

    private static List<String> causes(List<BugNotice> bugs) {
        return bugs.stream().map(b -> b.cause().getMessage()).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
