package io.dockyard.app;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.EngineSilent;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.model.EngineId;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.sync.EngineStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event-to-pixel lines: an event applied to the yard is printed only once the frame that
 * applied it has been painted, stamped with the wall clock then. The store is the app's; its
 * frames are run by hand, and "painted" is said by hand (the app's PaintWatch needs JavaFX).
 */
class EventTimingTest {
    private static final String WEB = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String DB = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
    /** 2023-11-14T22:13:20.123456789Z as epoch nanoseconds, the instant the fixed clock reads. */
    private static final long NOW_NANOS = 1_700_000_000_123_456_789L;

    private final BlockingQueue<Runnable> frames = new LinkedBlockingQueue<>();
    private final EngineStore store = new EngineStore(EngineState.empty(Connection.connecting("", "")), frames::add);
    private final List<String> printed = new ArrayList<>();
    private final List<Runnable> paintWaits = new ArrayList<>();
    /** The newest state the "yard" was given, and what it held when each line was printed. */
    private EngineState yard;
    private final List<Long> yardNanoWhenPrinted = new ArrayList<>();

    EventTimingTest() {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(0, NOW_NANOS), ZoneOffset.UTC);
        store.subscribe(state -> yard = state);
        EventTiming timing = new EventTiming(clock, text -> {
            printed.add(text);
            yardNanoWhenPrinted.add(yard.lastEventNano());
        }, paintWaits::add);
        store.subscribeEvents(timing::applied);
    }

    /** The subscription's first hand-over (the empty state) is run before any event is accepted. */
    @BeforeEach
    void takeTheFirstState() throws InterruptedException {
        runFrameWithPublish();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theEventsOfOneStateArePrintedOnceTheirFrameIsPaintedAfterTheYardHasThem() throws Exception {
        store.accept(List.of(container(ContainerAction.PAUSE, WEB, 1_000), container(ContainerAction.UNPAUSE, DB, 2_000)));
        runFrameWithPublish();

        assertEquals(2_000, yard.lastEventNano(), "the yard has the state with both events");
        assertTrue(printed.isEmpty(), "nothing is printed before the frame is painted: " + printed);
        assertEquals(1, paintWaits.size(), "one wait for the paint, for both events");

        framePainted();
        assertEquals(List.of("dockyard: shown 1000 0123456789ab pause " + NOW_NANOS + "\n"
                        + "dockyard: shown 2000 fedcba987654 unpause " + NOW_NANOS + "\n"), printed);
        assertEquals(List.of(2_000L), yardNanoWhenPrinted, "printed after the yard was given their state");
    }

    @Test
    void eventsAppliedWhileAFrameIsPendingGoOutWithItAndTheNextStartsAfresh() throws Exception {
        store.accept(List.of(container(ContainerAction.PAUSE, WEB, 1_000)));
        runFrameWithPublish();
        store.accept(List.of(new Observed(new ObjectRef(EngineId.UNKNOWN, Kind.NETWORK, "net1"), "connect", Map.of(),
                Instant.EPOCH, 1_500)));
        runFrameWithPublish();
        assertEquals(1, paintWaits.size(), "the second state joins the wait already asked for");

        framePainted();
        assertEquals(1, printed.size());
        assertEquals("dockyard: shown 1000 0123456789ab pause " + NOW_NANOS + "\n"
                + "dockyard: shown 1500 net1 connect " + NOW_NANOS + "\n", printed.get(0));

        store.accept(List.of(container(ContainerAction.DIE, DB, 3_000)));
        runFrameWithPublish();
        assertEquals(1, paintWaits.size(), "a new wait is asked for once the last was printed");
        framePainted();
        assertEquals("dockyard: shown 3000 fedcba987654 die " + NOW_NANOS + "\n", printed.get(1));
    }

    @Test
    void whatTheFeedSaysOfItselfIsNotAnEngineEventAndAsksForNoFrame() throws Exception {
        store.accept(List.of(new EngineSilent(Instant.EPOCH, Instant.EPOCH),
                container(ContainerAction.START, WEB, 0))); // no engine stamp: nothing to join on
        runFrameWithPublish();

        assertNotNull(yard);
        assertTrue(paintWaits.isEmpty(), "no paint is waited for, for events without an engine stamp");
        assertTrue(printed.isEmpty());
    }

    private static EngineEvent container(ContainerAction action, String id, long timeNano) {
        return new ContainerChanged(action, id, Instant.ofEpochSecond(0, timeNano), timeNano, Map.of(), null);
    }

    /** Runs the one frame task that publishes what was just accepted, as the FX frame executor would. */
    private void runFrameWithPublish() throws InterruptedException {
        Runnable publish = frames.poll(5, TimeUnit.SECONDS);
        assertNotNull(publish, "the store published nothing within 5 s");
        publish.run();
    }

    private void framePainted() {
        List<Runnable> due = List.copyOf(paintWaits);
        paintWaits.clear();
        due.forEach(Runnable::run);
    }
}
