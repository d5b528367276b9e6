package io.dockyard.engine;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineEvent.Inspected;
import io.dockyard.model.ImageBlueprint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fetched details are applied only while they are still the newest thing known. */
class DetailTrackerTest {
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");
    private final DetailTracker tracker = new DetailTracker();

    @Test
    void aContainerTouchedByAnEventIsFetchedOnceAndApplied() {
        tracker.containerEvent("a", false);
        tracker.containerEvent("a", false);
        DetailTracker.Request r = tracker.nextRequest().orElseThrow();
        assertEquals(List.of("a"), List.copyOf(r.containers().keySet()));
        assertFalse(r.wantsImages());
        Inspected done = tracker.answered(r, Map.of("a", container("a")), null, NOW).orElseThrow();
        assertEquals(List.of("a"), done.containers().stream().map(ContainerInstance::id).toList());
        assertNull(done.images());
        assertTrue(tracker.nextRequest().isEmpty(), "nothing more is wanted");
    }

    @Test
    void afterAResyncTheFirstFetchLeavesSizesOutAndTheNextOneMeasuresThem() {
        tracker.resynced();
        tracker.containerEvent("a", false);
        tracker.containerEvent("b", false);
        DetailTracker.Request quick = tracker.nextRequest().orElseThrow();
        assertFalse(quick.sizes(), "PIDs and times first, without walking every container's files");
        Inspected first = tracker.answered(quick, Map.of("a", container("a"), "b", container("b")), null, NOW)
                .orElseThrow();
        assertEquals(List.of("a", "b"), first.containers().stream().map(ContainerInstance::id).toList());

        DetailTracker.Request sized = tracker.nextRequest().orElseThrow();
        assertTrue(sized.sizes());
        assertEquals(List.of("a", "b"), List.copyOf(sized.containers().keySet()));
        assertTrue(tracker.answered(sized, Map.of("a", container("a"), "b", container("b")), null, NOW).isPresent());
        assertTrue(tracker.nextRequest().isEmpty(), "nothing more is wanted");
    }

    @Test
    void aContainerChangedDuringTheQuickFetchIsNotPaintedOverAndIsFetchedAgain() {
        tracker.resynced();
        tracker.containerEvent("a", false);
        DetailTracker.Request quick = tracker.nextRequest().orElseThrow();
        tracker.containerEvent("a", false); // it stopped while the quick fetch ran
        assertTrue(tracker.answered(quick, Map.of("a", container("a")), null, NOW).isEmpty());
        DetailTracker.Request again = tracker.nextRequest().orElseThrow();
        assertTrue(again.sizes());
        assertEquals(List.of("a"), List.copyOf(again.containers().keySet()));
    }

    @Test
    void onlyOneFetchRunsAtATime() {
        tracker.containerEvent("a", false);
        assertTrue(tracker.nextRequest().isPresent());
        tracker.containerEvent("b", false);
        assertTrue(tracker.nextRequest().isEmpty(), "b waits for the running fetch");
    }

    @Test
    void anAnswerOlderThanTheNewestEventIsDroppedAndFetchedAgain() {
        tracker.containerEvent("a", false);
        DetailTracker.Request first = tracker.nextRequest().orElseThrow();
        tracker.containerEvent("a", false); // e.g. it died while being inspected
        assertTrue(tracker.answered(first, Map.of("a", container("a")), null, NOW).isEmpty());
        DetailTracker.Request again = tracker.nextRequest().orElseThrow();
        assertTrue(again.containers().containsKey("a"));
    }

    @Test
    void aContainerDestroyedDuringTheFetchDoesNotComeBack() {
        tracker.containerEvent("a", false);
        DetailTracker.Request r = tracker.nextRequest().orElseThrow();
        tracker.containerEvent("a", true);
        assertTrue(tracker.answered(r, Map.of("a", container("a")), null, NOW).isEmpty());
        assertTrue(tracker.nextRequest().isEmpty());
    }

    @Test
    void aDestroyedContainerIsNotFetchedAtAll() {
        tracker.containerEvent("a", false);
        tracker.containerEvent("a", true);
        assertTrue(tracker.nextRequest().isEmpty());
    }

    @Test
    void imagesAreListedOnlyWhenNoNewerImageEventCame() {
        tracker.imageEvent();
        DetailTracker.Request r = tracker.nextRequest().orElseThrow();
        assertTrue(r.wantsImages());
        tracker.imageEvent();
        assertTrue(tracker.answered(r, Map.of(), List.of(), NOW).isEmpty(), "stale listing dropped");
        DetailTracker.Request again = tracker.nextRequest().orElseThrow();
        Optional<Inspected> done = tracker.answered(again, Map.of(), List.of(), NOW);
        assertEquals(List.<ImageBlueprint>of(), done.orElseThrow().images());
    }

    @Test
    void aResyncVoidsWhatIsInFlight() {
        tracker.containerEvent("a", false);
        DetailTracker.Request r = tracker.nextRequest().orElseThrow();
        tracker.resynced();
        assertTrue(tracker.answered(r, Map.of("a", container("a")), null, NOW).isEmpty());
    }

    @Test
    void aFailedFetchWantsItsContainersAgain() {
        tracker.containerEvent("a", false);
        tracker.imageEvent();
        DetailTracker.Request r = tracker.nextRequest().orElseThrow();
        tracker.failed(r);
        DetailTracker.Request again = tracker.nextRequest().orElseThrow();
        assertTrue(again.containers().containsKey("a"));
        assertTrue(again.wantsImages());
    }

    private static ContainerInstance container(String id) {
        return ContainerInstance.skeleton(id, id, "img", NOW);
    }
}
