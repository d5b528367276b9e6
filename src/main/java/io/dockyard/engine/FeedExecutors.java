package io.dockyard.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Where the feed's work runs. The feed shuts them down when it closes.
 *
 * @param control the feed's one thread: connecting, reading events, reconnecting, every source's state
 * @param health  the health ping, which may wait up to a second for a frozen engine
 * @param fetches requests made after events (inspections, the image list, volume sizes), so that
 *                a slow answer never holds back the next event
 */
public record FeedExecutors(ScheduledExecutorService control, ScheduledExecutorService health,
                            ExecutorService fetches) {

    /** Daemon threads of their own, as the app runs the feed. */
    public static FeedExecutors threads() {
        return new FeedExecutors(Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dockyard-feed")),
                Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dockyard-health")),
                // one for container details, which take turns, and room for a slow volume measurement beside them
                Executors.newFixedThreadPool(3, r -> daemon(r, "dockyard-details")));
    }

    /** Stops them all; waits a little for the control thread's last task (closing the client). */
    void shutdown() {
        control.shutdown();
        health.shutdownNow();
        fetches.shutdownNow();
        try {
            control.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
