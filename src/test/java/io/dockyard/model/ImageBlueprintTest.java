package io.dockyard.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageBlueprintTest {
    private static final String ID = "sha256:fbc4aa07eeae5b1c0a2a3d1b5e4c9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1";

    private static ImageBlueprint image(List<String> tags, List<String> digests, List<Layer> layers) {
        return new ImageBlueprint(ID, tags, digests, 2_000_000, Instant.EPOCH, Map.of(), layers);
    }

    @Test
    void noneNoneIsNotATag() {
        ImageBlueprint dangling = image(List.of("<none>:<none>"), List.of("<none>@<none>"), List.of());
        assertEquals(List.of(), dangling.repoTags());
        assertEquals(List.of(), dangling.digests());
        assertTrue(dangling.isUntagged());
        assertEquals("<none>:<none>", dangling.displayName());
    }

    @Test
    void anImagePulledByDigestAloneIsNamedByItAndIsNotDangling() {
        ImageBlueprint pulled = image(List.of(),
                List.of("127.0.0.1:5055/demo/web@sha256:1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b"), List.of());
        assertTrue(pulled.isUntagged());
        assertFalse(pulled.isDangling());
        assertEquals("127.0.0.1:5055/demo/web@sha256:1a2b3c4d5e6f", pulled.displayName());
        assertTrue(image(List.of(), List.of(), List.of()).isDangling());
    }

    @Test
    void realTagsStayInOrderBesideNoneNone() {
        ImageBlueprint tagged = image(List.of("<none>:<none>", "web:1.0", "web:latest"),
                List.of("web@sha256:abc", "<none>@<none>"), List.of());
        assertEquals(List.of("web:1.0", "web:latest"), tagged.repoTags());
        assertEquals(List.of("web@sha256:abc"), tagged.digests());
        assertFalse(tagged.isUntagged());
        assertEquals("web:1.0", tagged.displayName());
    }

    @Test
    void shortIdIsTwelveHexWithoutThePrefix() {
        assertEquals("fbc4aa07eeae", image(List.of(), List.of(), List.of()).shortId());
        assertEquals("fbc4aa07eeae", Ids.shortId("fbc4aa07eeae5b1c0a2a"));
        assertEquals("abc", Ids.shortId("abc"));
        assertEquals("", Ids.shortId(null));
    }

    @Test
    void fileLayersLeaveOutMetadataSteps() {
        Layer copy = new Layer("sha256:1", "COPY busybox /bin/busybox", 1_990_000, Instant.EPOCH);
        Layer cmd = new Layer("<missing>", "CMD [\"sh\"]", 0, Instant.EPOCH);
        Layer run = new Layer("<missing>", "RUN echo hi > /hi", 3, Instant.EPOCH);
        ImageBlueprint i = image(List.of("web:1"), List.of(), List.of(copy, cmd, run));
        assertEquals(List.of(copy, cmd, run), i.layers());
        assertEquals(List.of(copy, run), i.fileLayers());
    }
}
