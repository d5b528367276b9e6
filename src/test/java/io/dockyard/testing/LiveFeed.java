package io.dockyard.testing;

import io.dockyard.engine.EndpointChoice;
import io.dockyard.engine.EngineEndpoint;
import io.dockyard.engine.EngineFeed;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;

/**
 * A store fed live from a real engine, as the app wires it, for engine tests: started, and
 * waited on until its first listing is in (a busy engine can take a while to list).
 *
 * @param store the store, publishing through the given executor
 * @param feed  the feed writing into it
 */
public record LiveFeed(EngineStore store, EngineFeed feed) implements AutoCloseable {

    public static LiveFeed start(EngineEndpoint endpoint, Executor ui) {
        EngineStore store = new EngineStore(EngineState.empty(Connection.connecting(endpoint.host(), "")), ui);
        EngineFeed feed = new EngineFeed(() -> EndpointChoice.of(endpoint), store::accept, Clock.systemUTC());
        feed.start();
        Await.until(Duration.ofSeconds(30), () -> store.current().connection().status() == Connection.Status.LIVE,
                () -> "feed never went live: " + store.current().connection());
        return new LiveFeed(store, feed);
    }

    @Override
    public void close() {
        feed.close();
        store.close();
    }
}
