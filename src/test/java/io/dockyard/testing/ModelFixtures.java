package io.dockyard.testing;

import io.dockyard.model.Attachment;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Layer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Model values for pure tests and benchmarks: containers, images and events shaped like the ones
 * the feed makes from a real engine, without an engine.
 */
public final class ModelFixtures {
    /** A fixed engine clock so that status texts and times are predictable. */
    public static final Instant T0 = Instant.parse("2026-11-27T12:00:00Z");

    private ModelFixtures() {
    }

    /** A 64-hex container id made from a number (a hash, so prefixes differ as real ids do). */
    public static String containerId(int n) {
        return sha256("container-" + n);
    }

    /** A {@code sha256:} image id made from a number. */
    public static String imageId(int n) {
        return "sha256:" + sha256("image-" + n);
    }

    /** A 64-hex id made from any text, as network and volume ids are. */
    public static String hex64(String text) {
        return sha256(text);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ImageBlueprint image(String id, String... tags) {
        return new ImageBlueprint(id, List.of(tags), List.of(), 1_990_000, T0.minusSeconds(3600), Map.of(),
                List.of(new Layer(id, "COPY busybox /bin/busybox", 1_990_000, T0.minusSeconds(3600)),
                        new Layer("<missing>", "CMD [\"sh\"]", 0, T0.minusSeconds(3600))));
    }

    /** A container's places on the named networks, with no address yet. */
    public static List<Attachment> attached(String... networks) {
        return java.util.Arrays.stream(networks).map(n -> new Attachment("", n, "", List.of())).toList();
    }

    /** A container as the feed would inspect it, in the given state. */
    public static ContainerInstance container(String id, String name, String imageId, ContainerState state,
                                              int exitCode, Instant created) {
        Instant started = state == ContainerState.CREATED ? null : created.plusMillis(50);
        Instant finished = state == ContainerState.EXITED || state == ContainerState.DEAD ? created.plusSeconds(1) : null;
        return new ContainerInstance(id, name, imageId, "dockyard-test/base:1", "sleep 300", state, "", exitCode,
                created, started, finished, state.hasProcess() ? 4242 : 0, List.of(), List.of(), attached("bridge"),
                Map.of("dockyard.test", "fixture"), List.of("PATH=/bin"), "", ContainerInstance.SIZE_UNKNOWN);
    }

    public static ContainerInstance running(String id, String name, String imageId) {
        return container(id, name, imageId, ContainerState.RUNNING, 0, T0.minusSeconds(600));
    }

    /** A container event as the engine words it: attributes {@code name}, {@code image} plus extras. */
    public static ContainerChanged event(ContainerAction action, String id, Instant time, ContainerInstance details,
                                         String... extraAttributes) {
        Map<String, String> attributes = new HashMap<>(Map.of("name", "web-1", "image", "dockyard-test/base:1"));
        for (int i = 0; i + 1 < extraAttributes.length; i += 2) {
            attributes.put(extraAttributes[i], extraAttributes[i + 1]);
        }
        return new ContainerChanged(action, id, time, nanos(time), attributes, details);
    }

    public static ContainerChanged event(ContainerAction action, String id, Instant time, String... extraAttributes) {
        return event(action, id, time, null, extraAttributes);
    }

    public static long nanos(Instant t) {
        return t.getEpochSecond() * 1_000_000_000L + t.getNano();
    }

    /** The events of one {@code docker run --rm} lifecycle, each with details as the feed inspects them. */
    public static List<EngineEvent> lifecycle(String id, String imageId, Instant at) {
        ContainerInstance created = container(id, "c-" + id.substring(56), imageId, ContainerState.CREATED, 0, at);
        ContainerInstance running = created.withState(ContainerState.RUNNING, 0, at.plusMillis(40));
        ContainerInstance exited = running.withState(ContainerState.EXITED, 0, at.plusMillis(90));
        return List.of(event(ContainerAction.CREATE, id, at, created),
                event(ContainerAction.START, id, at.plusMillis(40), running),
                event(ContainerAction.DIE, id, at.plusMillis(90), exited, "exitCode", "0"),
                event(ContainerAction.DESTROY, id, at.plusMillis(120)));
    }
}
