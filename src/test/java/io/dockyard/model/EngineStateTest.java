package io.dockyard.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static io.dockyard.testing.ModelFixtures.T0;
import static io.dockyard.testing.ModelFixtures.container;
import static io.dockyard.testing.ModelFixtures.containerId;
import static io.dockyard.testing.ModelFixtures.image;
import static io.dockyard.testing.ModelFixtures.imageId;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EngineStateTest {
    private static final String WEB = imageId(1);
    private static final String PROXY = imageId(2);
    private static final String DANGLING = imageId(3);
    private static final String LOCAL = imageId(4);

    private static EngineState state(List<ImageBlueprint> images, List<ContainerInstance> containers) {
        return EngineReducer.reduce(EngineState.empty(Connection.connecting("unix:///var/run/docker.sock", "")),
                new EngineEvent.Resync(T0, images, containers));
    }

    private final EngineState yard = state(List.of(
                    image(WEB, "web:1.0", "web:latest"), image(PROXY, "proxy:2"), image(DANGLING),
                    image(LOCAL, "localhost:5000/shop/api:3", "localhost:5000/shop/cart:latest"),
                    new ImageBlueprint(imageId(5), List.of(), List.of("shop/db@sha256:feed"), 1, Instant.EPOCH,
                            Map.of(), List.of())),
            List.of(container(containerId(1), "web-1", WEB, ContainerState.RUNNING, 0, T0.minusSeconds(60)),
                    container(containerId(2), "web-2", WEB, ContainerState.EXITED, 0, T0.minusSeconds(120)),
                    container(containerId(3), "proxy", PROXY, ContainerState.RUNNING, 0, T0),
                    container(containerId(4), "web-3", WEB, ContainerState.CREATED, 0, T0.minusSeconds(60))));

    private Optional<String> imageFor(String reference) {
        return yard.findImage(reference).map(ImageBlueprint::id);
    }

    @Test
    void findImageByIdShortIdOrTag() {
        assertEquals(Optional.of(WEB), imageFor(WEB));
        assertEquals(Optional.of(WEB), imageFor(Ids.shortId(WEB)));
        assertEquals(Optional.of(WEB), imageFor("web:1.0"));
        assertEquals(Optional.of(PROXY), imageFor("proxy:2"));
    }

    @Test
    void findImageReadsANameWithoutTagAsLatest() {
        assertEquals(Optional.of(WEB), imageFor("web"));
        assertEquals(Optional.empty(), imageFor("proxy"), "proxy has no latest tag");
    }

    @Test
    void findImageKnowsARegistryPortFromATag() {
        assertEquals(Optional.of(LOCAL), imageFor("localhost:5000/shop/api:3"));
        assertEquals(Optional.of(LOCAL), imageFor("localhost:5000/shop/cart"), "the port is not a tag");
    }

    @Test
    void findImageByDigestReference() {
        assertEquals(Optional.of(imageId(5)), imageFor("shop/db@sha256:feed"));
    }

    @Test
    void findImageFindsNothingForUnknownOrEmptyReferences() {
        assertEquals(Optional.empty(), imageFor("nginx:1"));
        assertEquals(Optional.empty(), imageFor(""));
        assertEquals(Optional.empty(), imageFor(null));
    }

    @Test
    void findContainerByIdNameOrIdPrefix() {
        assertEquals(containerId(1), yard.findContainer(containerId(1)).orElseThrow().id());
        assertEquals(containerId(3), yard.findContainer("proxy").orElseThrow().id());
        assertEquals(containerId(2), yard.findContainer(containerId(2).substring(0, 12)).orElseThrow().id());
    }

    @Test
    void findContainerFindsNothingForEmptyOrAmbiguousInput() {
        assertEquals(Optional.empty(), yard.findContainer(""));
        assertEquals(Optional.empty(), yard.findContainer(null));
        assertEquals(Optional.empty(), yard.findContainer("nosuch"));
    }

    @Test
    void anIdPrefixSharedByTwoContainersNamesNeither() {
        EngineState s = state(List.of(), List.of(
                container("abcdef01" + containerId(1).substring(8), "one", WEB, ContainerState.RUNNING, 0, T0),
                container("abcdef02" + containerId(2).substring(8), "two", WEB, ContainerState.RUNNING, 0, T0)));
        assertEquals(Optional.empty(), s.findContainer("abcdef0"), "docker says: multiple IDs found");
        assertEquals("two", s.findContainer("abcdef02").orElseThrow().name());
    }

    @Test
    void findContainerPrefersANameOverAnIdPrefix() {
        String prefix = containerId(1).substring(0, 8);
        EngineState s = state(List.of(), List.of(
                container(containerId(1), "web-1", WEB, ContainerState.RUNNING, 0, T0),
                container(containerId(9), prefix, WEB, ContainerState.RUNNING, 0, T0)));
        assertEquals(containerId(9), s.findContainer(prefix).orElseThrow().id());
    }

    @Test
    void containersOfAnImageOldestFirstThenById() {
        assertEquals(List.of(containerId(2), containerId(1), containerId(4)),
                yard.containersOf(WEB).stream().map(ContainerInstance::id).toList());
        assertEquals(List.of(containerId(3)), yard.containersOf(PROXY).stream().map(ContainerInstance::id).toList());
        assertEquals(List.of(), yard.containersOf(DANGLING));
    }

    @Test
    void sortedImagesTaggedFirstByNameThenUntaggedById() {
        List<String> untaggedById = Stream.of(DANGLING, imageId(5)).sorted().toList();
        assertEquals(Stream.concat(Stream.of(LOCAL, PROXY, WEB), untaggedById.stream()).toList(),
                yard.sortedImages().stream().map(ImageBlueprint::id).toList());
    }
}
