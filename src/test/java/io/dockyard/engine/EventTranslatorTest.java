package io.dockyard.engine;

import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventActor;
import com.github.dockerjava.api.model.EventType;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ImageAction;
import io.dockyard.model.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw docker-java events, shaped as Docker 20.10 sends them (checked with {@code docker events}), read by hand. */
class EventTranslatorTest {
    private static final String CONTAINER = "e8fd2fd2358d495d195cebe84d7bc53e81d998e50fc6029b8627b9c462c2147a";
    private static final String IMAGE = "sha256:fbc4aa07eeae5b1c0a2a3d1b5e4c9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e";
    private static final long NANO = 1_764_244_800_123_456_789L;
    /** Which events make images is the image source's to say. */
    private static final ImageSource IMAGES = new ImageSource(null);

    private static Event event(EventType type, String action, String actorId, String... attributes) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        return new Event().withType(type).withAction(action).withStatus(action).withId(actorId)
                .withEventActor(new EventActor().withId(actorId).withAttributes(map))
                .withTime(NANO / 1_000_000_000L).withTimenano(NANO);
    }

    private static Event container(String action, String... attributes) {
        return event(EventType.CONTAINER, action, CONTAINER, attributes);
    }

    @ParameterizedTest
    @CsvSource({"create, CREATE", "start, START", "die, DIE", "stop, STOP", "pause, PAUSE", "unpause, UNPAUSE",
            "kill, KILL", "restart, RESTART", "oom, OOM", "rename, RENAME", "destroy, DESTROY",
            "update, OTHER", "commit, OTHER"})
    void containerActionsAreReadWithTheirIdAttributesAndTime(String verb, ContainerAction expected) {
        RawEvent raw = EventTranslator.read(container(verb, "name", "web-1", "image", "web:1"));
        assertEquals(Kind.CONTAINER, raw.kind());
        assertEquals(CONTAINER, raw.id());
        assertEquals(verb, raw.action());
        assertEquals("web-1", raw.attributes().get("name"));
        assertEquals("web:1", raw.attributes().get("image"));
        assertEquals(NANO, raw.timeNano());
        assertEquals(Instant.ofEpochSecond(1_764_244_800L, 123_456_789), raw.time());
        assertEquals(expected, EventTranslator.containerAction(raw.action()));
    }

    @Test
    void dieKeepsTheExitCodeAttribute() {
        RawEvent raw = EventTranslator.read(container("die", "exitCode", "137", "name", "web-1"));
        assertEquals("137", raw.attributes().get("exitCode"));
    }

    @Test
    void healthStatusSplitsTheStatusOffTheAction() {
        RawEvent raw = EventTranslator.read(container("health_status: healthy", "name", "web-1"));
        assertEquals("health_status", raw.action());
        assertEquals("healthy", raw.attributes().get("healthStatus"));
        assertEquals(ContainerAction.HEALTH_STATUS, EventTranslator.containerAction(raw.action()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"exec_create: sh -c echo a b", "exec_start: true ", "exec_detach",
            "attach", "detach", "resize", "top", "export", "archive-path"})
    void execAndOtherNoiseIsDropped(String action) {
        assertNull(EventTranslator.read(container(action, "execID", "8154a4f2", "exitCode", "0")));
    }

    @Test
    void theEndOfAnExecRefreshesTheContainer() {
        // what an exec wrote is in the writable layer, whose size the instance shows; one
        // inspection per finished exec (health checks included) is the price of an exact size
        RawEvent raw = EventTranslator.read(container("exec_die", "execID", "8154a4f2", "exitCode", "0"));
        assertEquals(ContainerAction.EXEC_DIE, EventTranslator.containerAction(raw.action()), "with its exit code, for lessons");
        assertEquals("0", raw.attributes().get("exitCode"));
        assertFalse(IMAGES.handles(raw), "an exec makes no image");
    }

    @Test
    void networkConnectAndDisconnectAreTheNetworksEventsNamingTheContainer() {
        for (String verb : new String[] {"connect", "disconnect"}) {
            RawEvent raw = EventTranslator.read(event(EventType.NETWORK, verb,
                    "02aaf1119de04697c55b4ce99f53798e", "container", CONTAINER, "name", "bridge", "type", "bridge"));
            assertEquals(Kind.NETWORK, raw.kind(), verb);
            assertEquals("02aaf1119de04697c55b4ce99f53798e", raw.id(), "the network, not the container");
            assertEquals(verb, raw.action());
            assertEquals(CONTAINER, raw.attribute("container"));
            assertEquals("bridge", raw.attribute("name"), "the network's name, as the engine sends it");
        }
    }

    @Test
    void volumeEventsNameTheVolume() {
        RawEvent raw = EventTranslator.read(event(EventType.VOLUME, "mount", "data", "container", CONTAINER,
                "destination", "/data", "driver", "local"));
        assertEquals(Kind.VOLUME, raw.kind());
        assertEquals("data", raw.id());
        assertEquals("mount", raw.action());
        assertEquals("/data", raw.attribute("destination"));
    }

    @Test
    void daemonPluginAndUntypedEventsAreDropped() {
        assertNull(EventTranslator.read(event(EventType.DAEMON, "reload", "ABCD")));
        assertNull(EventTranslator.read(event(EventType.PLUGIN, "enable", "ABCD")));
        assertNull(EventTranslator.read(new Event().withAction("start").withId(CONTAINER)), "no type");
    }

    @ParameterizedTest
    @CsvSource({"pull, PULL", "tag, TAG", "untag, UNTAG", "delete, DELETE", "import, IMPORT", "load, LOAD",
            "build, BUILD", "prune, PRUNE", "save, OTHER", "push, OTHER"})
    void imageEventsChangeImages(String verb, ImageAction expected) {
        RawEvent raw = EventTranslator.read(event(EventType.IMAGE, verb, IMAGE, "name", "web:1"));
        assertEquals(Kind.IMAGE, raw.kind());
        assertTrue(IMAGES.handles(raw));
        assertEquals(IMAGE, raw.id());
        assertEquals(expected, EventTranslator.imageAction(raw.action()));
    }

    @Test
    void aCommitIsAContainerEventThatMarksImagesChanged() {
        RawEvent commit = EventTranslator.read(container("commit", "imageID", IMAGE, "comment", ""));
        assertEquals(Kind.CONTAINER, commit.kind());
        assertTrue(IMAGES.handles(commit), "a commit makes an image");
        assertFalse(IMAGES.handles(EventTranslator.read(container("start"))));
        assertFalse(IMAGES.handles(EventTranslator.read(container("destroy"))));
    }

    @Test
    void secondsStandInWhenTheEngineSendsNoNanoseconds() {
        Event old = new Event("start", CONTAINER, "web:1", 1_764_244_800L).withType(EventType.CONTAINER);
        RawEvent raw = EventTranslator.read(old);
        assertEquals("start", raw.action(), "the legacy status field names the action");
        assertEquals(CONTAINER, raw.id(), "the legacy id field names the container");
        assertEquals(1_764_244_800_000_000_000L, raw.timeNano());
        assertEquals(Instant.ofEpochSecond(1_764_244_800L), raw.time());
    }
}
