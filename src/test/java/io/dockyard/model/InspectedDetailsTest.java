package io.dockyard.model;

import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.Inspected;
import io.dockyard.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.dockyard.testing.ModelFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Details that follow events: the feed passes events on at once and what it inspects afterwards. */
class InspectedDetailsTest {
    private final ImageBlueprint web = ModelFixtures.image(ModelFixtures.imageId(1), "web:1.0");
    private final EngineState base = EngineReducer.reduce(EngineState.empty(Connection.connecting("", "")),
            new EngineEvent.Resync(T0, List.of(web), List.of()));

    @Test
    void aCreatedContainerLinksToTheImageItsReferenceNamesBeforeAnyDetailsArrive() {
        String id = ModelFixtures.containerId(1);
        EngineState s = EngineReducer.reduce(base, new ContainerChanged(ContainerAction.CREATE, id, T0, 1,
                Map.of("name", "web-1", "image", "web:1.0"), null));
        assertEquals(web.id(), s.container(id).orElseThrow().imageId());
        assertEquals("web-1", s.container(id).orElseThrow().name());
    }

    @Test
    void inspectedDetailsReplaceWhatTheEventsImpliedAndImagesWhenGiven() {
        String id = ModelFixtures.containerId(2);
        EngineState s = EngineReducer.reduce(base, new ContainerChanged(ContainerAction.CREATE, id, T0, 1,
                Map.of("name", "w", "image", "web:1.0"), null));
        ContainerInstance inspected = ModelFixtures.container(id, "w", web.id(), ContainerState.RUNNING, 0, T0);
        ImageBlueprint other = ModelFixtures.image(ModelFixtures.imageId(2), "db:1");
        EngineState after = EngineReducer.reduce(s, new Inspected(T0, List.of(inspected), List.of(web, other)));
        assertEquals(ContainerState.RUNNING, after.container(id).orElseThrow().state());
        assertEquals(2, after.images().size());
        assertEquals(s.revision() + 1, after.revision());
    }

    @Test
    void inspectedDetailsWithoutImagesLeaveImagesAndTheLastEventTimeAlone() {
        EngineState after = EngineReducer.reduce(base, new Inspected(T0.plusSeconds(60), List.of(), null));
        assertEquals(base.images(), after.images());
        assertNull(after.lastEventTime());
    }
}
