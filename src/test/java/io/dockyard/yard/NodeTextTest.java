package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Layer;
import io.dockyard.model.PortBinding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The words and measures nodes show, without a scene. */
class NodeTextTest {
    private final ImageBlueprint nginx = YardFixtures.image("nginx", List.of("nginx:1.27"), 74_800_000, 1_200);

    @Test
    void layerBarsAreLogScaledAndFitTheirRoom() {
        List<Layer> layers = List.of(new Layer("a", "ADD rootfs", 74_800_000, null), new Layer("b", "RUN x", 1_200, null),
                new Layer("c", "COPY y", 9, null));
        double[] h = LayerStack.heights(layers, 100, 3, 22);
        assertEquals(22, h[0], 1e-9, "the biggest is the thickest");
        assertTrue(h[1] < h[0] && h[2] < h[1] && h[2] >= 3, java.util.Arrays.toString(h));
        assertTrue(h[1] > 22 * 0.25, "log scale keeps a 1.2 kB layer visible: " + h[1]);
        double[] squeezed = LayerStack.heights(java.util.Collections.nCopies(40, layers.get(0)), 100, 3, 22);
        assertTrue(java.util.Arrays.stream(squeezed).sum() <= 100.0001, "forty layers still fit");
    }

    @Test
    void instanceWordsFollowTheState() {
        ContainerInstance running = YardFixtures.container("webserver", nginx, ContainerState.RUNNING, 3);
        String status = InstanceNode.statusText(running, YardFixtures.NOW);
        assertTrue(status.startsWith("Up 3 minutes · PID "), status);
        assertEquals("0.0.0.0:8089→80/tcp", InstanceNode.portsText(running));
        assertTrue(InstanceNode.writableText(running).startsWith("WRITABLE LAYER · "));

        ContainerInstance exited = running.withState(ContainerState.EXITED, 137, YardFixtures.NOW.minus(Duration.ofMinutes(2)));
        assertEquals("exited (137)", InstanceNode.stateWords(exited));
        assertEquals("Exited (137) 2 minutes ago · no process", InstanceNode.statusText(exited, YardFixtures.NOW));
        assertEquals("docker start webserver brings it back", InstanceNode.portsText(exited));
        assertTrue(InstanceNode.writableText(exited).contains("kept until removed"));

        ContainerInstance exposedOnly = new ContainerInstance("x", "db", nginx.id(), "nginx", "", ContainerState.RUNNING,
                "Up", 0, null, null, null, 0, List.of(new PortBinding("", 0, 5432, "tcp")), List.of(), List.of(),
                java.util.Map.of(), List.of(), "", -1);
        assertEquals("exposes 5432/tcp, not published", InstanceNode.portsText(exposedOnly));
        assertEquals("Up", InstanceNode.statusText(exposedOnly, YardFixtures.NOW), "the engine's words when the clock cannot know");
    }
}
