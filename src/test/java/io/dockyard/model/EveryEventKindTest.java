package io.dockyard.model;

import io.dockyard.testing.EventSamples;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The reducer does something with every kind of event: a new record in {@link EngineEvent} that
 * the reducer's visitor handles with a no-op would leave the model as it was, and fail here.
 */
class EveryEventKindTest {
    private final EngineState seeded = EngineReducer.reduce(
            EngineState.empty(Connection.connecting(EventSamples.ENDPOINT, "default socket")), EventSamples.seed());

    @TestFactory
    Stream<DynamicTest> everyKindOfEventChangesTheModel() {
        return EventSamples.oneOfEach().entrySet().stream().map(sample -> DynamicTest.dynamicTest(
                sample.getKey().getSimpleName(), () -> {
                    EngineState reduced = EngineReducer.reduce(seeded, sample.getValue());
                    assertEquals(seeded.revision() + 1, reduced.revision(), "one event makes one revision");
                    assertNotEquals(atRevision(seeded, reduced.revision()), reduced,
                            sample.getKey().getSimpleName() + " left the model as it was");
                }));
    }

    /** The same state with another revision number, so that a comparison sees only what an event changed. */
    private static EngineState atRevision(EngineState s, long revision) {
        return new EngineState(revision, s.objects(), s.connection(), s.engine(), s.lastEventTime(),
                s.lastEventNano(), s.noEngineTried());
    }
}
