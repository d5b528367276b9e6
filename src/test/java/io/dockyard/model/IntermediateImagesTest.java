package io.dockyard.model;

import io.dockyard.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.dockyard.testing.ModelFixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the yard draws: intermediate build steps are hidden as {@code docker images} hides them. */
class IntermediateImagesTest {
    private final String stepId = ModelFixtures.imageId(1);
    private final String finalId = ModelFixtures.imageId(2);
    private final String danglingId = ModelFixtures.imageId(3);
    private final ImageBlueprint step = image(stepId, List.of(), List.of(stepId));
    private final ImageBlueprint built = image(finalId, List.of("app:1"), List.of(stepId, finalId));
    private final ImageBlueprint dangling = image(danglingId, List.of(), List.of(danglingId));

    @Test
    void anUntaggedStepOfAnotherImageIsHiddenButADanglingImageIsNot() {
        EngineState s = state(List.of(step, built, dangling), List.of());
        assertEquals(java.util.Set.of(finalId, danglingId), s.withoutIntermediates().images().keySet());
        assertEquals(3, s.images().size(), "the model itself keeps every image");
    }

    @Test
    void aStepThatAContainerUsesStaysVisible() {
        ContainerInstance c = ModelFixtures.container(ModelFixtures.containerId(1), "c", stepId, ContainerState.EXITED, 0, T0);
        EngineState s = state(List.of(step, built), List.of(c));
        assertEquals(java.util.Set.of(stepId, finalId), s.withoutIntermediates().images().keySet());
    }

    private static ImageBlueprint image(String id, List<String> tags, List<String> layerIds) {
        List<Layer> layers = layerIds.stream().map(l -> new Layer(l, "RUN step", 10, Instant.EPOCH)).toList();
        return new ImageBlueprint(id, tags, List.of(), 100, T0, Map.of(), layers);
    }

    private static EngineState state(List<ImageBlueprint> images, List<ContainerInstance> containers) {
        return EngineReducer.reduce(EngineState.empty(Connection.connecting("", "")),
                new EngineEvent.Resync(T0, images, containers));
    }
}
