package io.dockyard.journal;

import java.util.List;
import io.dockyard.model.Kind;
import io.dockyard.model.EngineEvent;
import io.dockyard.testing.EventSamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static io.dockyard.testing.ModelFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event feed has its own words for every kind of event; none shows as a record's {@code toString}. */
class EventLinesTest {
    private static final String T0_LOCAL = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault()).format(T0);

    /** What the feed shows for each sample in {@link EventSamples}. */
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("ContainerChanged", "container create web-1"),
            Map.entry("ImageChanged", "image pull base:1"),
            Map.entry("Inspected", "details of 1 containers"),
            Map.entry("EngineSilent", "the engine stopped answering (it last answered at " + T0_LOCAL + ")"),
            Map.entry("ConnectionLost", "connection lost: the socket closed"),
            Map.entry("ConnectionRestored", "connected to unix:///var/run/docker.sock (engine 27.3.1)"),
            Map.entry("NoEngine", "no engine: nothing answered"),
            Map.entry("Resync", "listed 2 images and 1 containers"),
            Map.entry("Observed", "volume shop-data create"),
            Map.entry("Listed", "listed 1 volumes"),
            Map.entry("Upserted", "details of 1 objects"),
            Map.entry("Removed", "volume seed-data gone"));

    @TestFactory
    Stream<DynamicTest> everyKindOfEventHasItsOwnLine() {
        return EventSamples.oneOfEach().entrySet().stream().map(sample -> {
            String kind = sample.getKey().getSimpleName();
            EngineEvent event = sample.getValue();
            return DynamicTest.dynamicTest(kind, () -> {
                assertTrue(EXPECTED.containsKey(kind), "EventLinesTest expects no line for " + kind + " yet");
                String line = EventLines.text(event);
                assertNotEquals(event.toString(), line, kind + " fell back to toString");
                assertEquals(EXPECTED.get(kind), line);
            });
        });
    }

    @Test
    void theFeedShowsWhatTheEngineReportedAndNotWhatDockyardFetchedAfterIt() {
        java.util.Set<String> hidden = new java.util.TreeSet<>();
        EventSamples.oneOfEach().forEach((kind, event) -> {
            if (!EventLines.isShown(event)) {
                hidden.add(kind.getSimpleName());
            }
        });
        assertEquals(java.util.Set.of("Inspected", "Listed", "Removed", "Upserted"), hidden);
    }

    @Test
    void longIdsAreShortenedAsDockerPrintsThem() {
        String network = "9a4a0bd2895439bfb9810832b333b79e9cea5601fe07a4c3501d5de39c1bc90a";
        assertEquals("network 9a4a0bd28954 gone", EventLines.text(new EngineEvent.Removed(T0, Kind.NETWORK,
                List.of(network))));
    }

    @Test
    void everyExpectedLineBelongsToAnEventKind() {
        // a renamed or removed record must not leave a stale expectation that no sample reaches
        for (String kind : EXPECTED.keySet()) {
            assertTrue(Arrays.stream(EngineEvent.class.getPermittedSubclasses()).anyMatch(c -> c.getSimpleName().equals(kind)),
                    kind + " is not an EngineEvent any more");
        }
    }
}
