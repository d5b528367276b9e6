package io.dockyard.engine;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Endpoints that cannot work give a clear message, and the feed keeps trying instead of failing. */
@Timeout(60)
class EngineFeedProblemsIT {

    @Test
    void unreachableHostSaysConnectionRefusedAndKeepsTrying() {
        EngineEndpoint nowhere = new EngineEndpoint("tcp://127.0.0.1:1", false, null, "DOCKER_HOST", "DOCKER_HOST is set");
        EngineState state = awaitNoEngine(nowhere, 2);
        assertTrue(state.connection().detail().contains("connection refused"), state.connection().detail());
        assertTrue(state.noEngineTried().stream().anyMatch(t -> t.contains("tcp://127.0.0.1:1")), state.noEngineTried().toString());
    }

    @Test
    void aFileThatIsNotASocketIsReported(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("docker.sock"), "not a socket");
        EngineState state = awaitNoEngine(new EngineEndpoint("unix://" + file, false, null, "DOCKER_HOST", "set"), 1);
        assertTrue(state.connection().detail().contains(file.toString()), state.connection().detail());
    }

    @Test
    void anEngineThatRefusesTheApiVersionIsQuotedInItsOwnWords() {
        TestEngine engine = TestEngine.require();
        EngineState state = awaitNoEngine(engine.endpoint().withApiVersion("1.99"), 1);
        String detail = state.connection().detail();
        assertTrue(detail.contains("API version") && detail.contains("1.99"), detail);
        assertTrue(detail.contains("DOCKER_API_VERSION"), "says what to do: " + detail);
    }

    /** Runs a feed on the endpoint until it has reported "no engine" the given number of times. */
    private static EngineState awaitNoEngine(EngineEndpoint endpoint, int reports) {
        java.util.concurrent.atomic.AtomicInteger noEngineReports = new java.util.concurrent.atomic.AtomicInteger();
        EngineStore store = new EngineStore(EngineState.empty(Connection.connecting(endpoint.host(), "")), Runnable::run);
        store.subscribeEvents(events -> events.stream()
                .filter(e -> e instanceof io.dockyard.model.EngineEvent.NoEngine).forEach(e -> noEngineReports.incrementAndGet()));
        try (EngineFeed feed = new EngineFeed(() -> EndpointChoice.of(endpoint), store::accept, Clock.systemUTC())) {
            feed.start();
            Await.until(Duration.ofSeconds(20), () -> noEngineReports.get() >= reports,
                    () -> "no-engine reported " + noEngineReports.get() + " times; state " + store.current().connection());
            assertTrue(store.current().connection().status() == Connection.Status.NO_ENGINE);
            return store.current();
        } finally {
            store.close();
        }
    }
}
