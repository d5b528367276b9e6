package io.dockyard.engine;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.EngineTruth;
import io.dockyard.testing.LiveFeed;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model converges on the real engine's truth after each thing a user can do in a terminal. */
@Timeout(600) // a guard against hangs; a loaded 2-core machine needs ~2 min for 100 docker runs
class EngineFeedIT {
    private static final Duration CONVERGE = Duration.ofSeconds(1);
    private static TestEngine engine;
    private static EngineStore store;
    private static EngineFeed feed;

    @BeforeAll
    static void connect() {
        engine = TestEngine.require();
        LiveFeed live = LiveFeed.start(engine.endpoint(), Runnable::run);
        store = live.store();
        feed = live.feed();
    }

    @AfterAll
    static void disconnect() {
        if (feed != null) {
            feed.close();
            store.close();
        }
        if (engine != null) {
            engine.cleanup();
        }
    }

    @Test
    void initialListingEqualsTheEngine() {
        assertModelEqualsEngine();
    }

    @Test
    void runStopPauseKillRenameAndRemoveConverge() {
        String id = engine.runDetached("--name", "feed-it-" + engine.runId(), TestEngine.BASE_IMAGE, "sleep", "300");
        ContainerInstance running = converge(id, c -> c.state() == ContainerState.RUNNING && c.pid() > 0);
        assertEquals("feed-it-" + engine.runId(), running.name());
        assertEquals(TestEngine.BASE_IMAGE, running.imageRef());

        engine.docker("pause", id);
        converge(id, c -> c.state() == ContainerState.PAUSED);
        engine.docker("unpause", id);
        converge(id, c -> c.state() == ContainerState.RUNNING);

        engine.docker("rename", id, "feed-it-renamed-" + engine.runId());
        converge(id, c -> c.name().equals("feed-it-renamed-" + engine.runId()));

        engine.docker("kill", id);
        ContainerInstance killed = converge(id, c -> c.state() == ContainerState.EXITED);
        assertEquals(137, killed.exitCode());

        engine.docker("start", id);
        converge(id, c -> c.state() == ContainerState.RUNNING);
        engine.docker("stop", "-t", "1", id);
        converge(id, c -> c.state() == ContainerState.EXITED);

        engine.docker("rm", id);
        Await.until(CONVERGE, () -> store.current().container(id).isEmpty(), () -> id + " still in the model");
        assertModelEqualsEngine();
    }

    @Test
    void tagUntagBuildAndRemoveImagesConverge() {
        String tag = "dockyard-test/feed-" + engine.runId() + ":one";
        String imageId = engine.build(tag, "RUN echo built > /built");
        Await.until(CONVERGE, () -> hasTag(imageId, tag), () -> "built image " + tag + " not in the model");
        assertTrue(store.current().image(imageId).orElseThrow().layers().size() >= 2, "history layers mapped");

        String second = "dockyard-test/feed-" + engine.runId() + ":two";
        engine.docker("tag", tag, second);
        Await.until(CONVERGE, () -> hasTag(imageId, second), () -> "tag " + second + " not in the model");

        engine.docker("rmi", second);
        Await.until(CONVERGE, () -> !hasTag(imageId, second) && hasTag(imageId, tag), () -> "untag not seen");

        engine.docker("rmi", tag);
        Await.until(CONVERGE, () -> store.current().image(imageId).isEmpty(), () -> "rmi not seen");
        assertModelEqualsEngine();
    }

    @Test
    void aBurstOfHundredLifecyclesConvergesExactly() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            script.append("docker run -d --label ").append(engine.label()).append(" --stop-timeout 1 ")
                    .append(TestEngine.BASE_IMAGE).append(" true >/dev/null & ");
            if (i % 10 == 9) {
                script.append("wait; ");
            }
        }
        script.append("wait; docker ps -aq --filter label=").append(engine.label())
                .append(" | head -50 | xargs -r docker rm -f >/dev/null");
        shell(script.toString());
        Await.until(Duration.ofSeconds(5), () -> EngineTruth.containers(store.current())
                .equals(EngineTruth.containers(engine)), () -> "model differs from docker ps -a after the burst");
        assertModelEqualsEngine();
    }

    private void shell(String script) {
        try {
            Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            assertEquals(0, p.waitFor(), "burst script failed: " + out);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private boolean hasTag(String imageId, String tag) {
        return store.current().image(imageId).map(i -> i.repoTags().contains(tag)).orElse(false);
    }

    private ContainerInstance converge(String id, Predicate<ContainerInstance> condition) {
        Await.until(CONVERGE, () -> store.current().container(id).filter(condition).isPresent(),
                () -> "model has " + store.current().container(id));
        Optional<ContainerInstance> c = store.current().container(id);
        return c.orElseThrow();
    }

    private void assertModelEqualsEngine() {
        Await.until(CONVERGE, () -> EngineTruth.containers(store.current()).equals(EngineTruth.containers(engine))
                        && EngineTruth.images(store.current()).equals(EngineTruth.images(engine)),
                () -> "containers " + EngineTruth.difference(EngineTruth.containers(store.current()),
                        EngineTruth.containers(engine)) + "\nimages " + EngineTruth.difference(
                        EngineTruth.images(store.current()), EngineTruth.images(engine)));
    }
}
