package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.model.EngineObject;
import io.dockyard.model.Kind;
import io.dockyard.model.SwarmTask;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Swarm tasks, which have no events: the one kind that is polled. A poll is one {@code GET /tasks}
 * on a manager, every {@link #INTERVAL} while polling is on, and hands over only what changed since
 * the last answer: tasks that are new or whose record differs as {@link Upserted}, tasks the swarm
 * no longer has as {@link Removed}. The tasks the swarm keeps as history (shut down, complete,
 * failed) are in the answer like any other, so they stay until the swarm itself lets them go.
 *
 * <p>Nothing is polled on an engine that does not manage a swarm, nor while polling is off. A
 * service event makes the next poll come at once, since the swarm starts its tasks right after.
 * A poll the engine refuses makes {@link SwarmScope} look again: the engine may have left the swarm.
 *
 * <p>Why one second: the list is cheap (measured 6.6 ms per {@code GET /tasks} with 6 tasks on the
 * test swarm of {@code TwoNodeSwarmIT}, on a 2-core machine), and a second is about how long a
 * person waits for a scale to show before it feels stuck; the feed's health ping runs at the same
 * pace. A service event brings the next poll forward, so a scale usually shows sooner.
 */
final class TaskSource implements SwarmScope.SwarmKindSource {
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final FeedContext feed;
    private final SwarmScope scope;
    private final Duration interval;
    /** The tasks as last handed over, by id. */
    private Map<String, SwarmTask> known = Map.of();
    /** Bumped at every listing, so an answer asked for before it is dropped. */
    private long generation;
    private boolean polling = true;
    private boolean planned;
    private boolean asking;
    private boolean again;

    TaskSource(FeedContext feed, SwarmScope scope, Duration interval) {
        this.feed = feed;
        this.scope = scope;
        this.interval = interval;
        scope.register(this);
    }

    @Override
    public Kind kind() {
        return Kind.TASK;
    }

    @Override
    public List<? extends EngineObject> list(EngineClient client) {
        return scope.canList() ? listManaged(client) : List.of();
    }

    @Override
    public List<? extends EngineObject> listManaged(EngineClient client) {
        return client.tasks();
    }

    @Override
    public void resynced(List<? extends EngineObject> listed) {
        generation++;
        Map<String, SwarmTask> now = new HashMap<>();
        listed.forEach(t -> now.put(t.id(), (SwarmTask) t));
        known = now;
        plan(interval);
    }

    @Override
    public boolean handles(RawEvent event) {
        return false;
    }

    @Override
    public void read(RawEvent event, List<EngineEvent> out) {
        // tasks have no events
    }

    /** Turns polling on or off; off stops it entirely, on polls at once. */
    void polling(boolean on) {
        polling = on;
        if (on) {
            pollSoon();
        }
    }

    boolean isPolling() {
        return polling;
    }

    /** Polls as soon as the poll in flight, if any, has answered. */
    void pollSoon() {
        if (asking) {
            again = true;
        } else {
            plan(Duration.ZERO);
        }
    }

    private void plan(Duration delay) {
        if (!polling || !scope.canList() || asking) {
            return;
        }
        if (delay.isZero()) {
            poll();
        } else if (!planned) {
            planned = true;
            feed.later(delay, () -> {
                planned = false;
                poll();
            });
        }
    }

    private void poll() {
        if (!polling || !scope.canList() || asking) {
            return;
        }
        asking = true;
        again = false;
        long asked = generation;
        feed.fetch(EngineClient::tasks, tasks -> {
            asking = false;
            if (asked == generation) {
                changed(tasks);
            }
            plan(again ? Duration.ZERO : interval);
        }, refused -> {
            asking = false;
            scope.recheck();
            plan(interval);
        });
    }

    /** Hands over what differs from the last answer, and remembers this one. */
    private void changed(List<SwarmTask> tasks) {
        Map<String, SwarmTask> now = new HashMap<>();
        List<EngineObject> upserted = new ArrayList<>();
        for (SwarmTask t : tasks) {
            now.put(t.id(), t);
            if (!t.equals(known.get(t.id()))) {
                upserted.add(t);
            }
        }
        List<String> gone = known.keySet().stream().filter(id -> !now.containsKey(id)).sorted().toList();
        known = now;
        List<EngineEvent> events = new ArrayList<>();
        if (!upserted.isEmpty()) {
            events.add(new Upserted(feed.now(), upserted));
        }
        if (!gone.isEmpty()) {
            events.add(new Removed(feed.now(), Kind.TASK, gone));
        }
        if (!events.isEmpty()) {
            feed.emit(events);
        }
    }
}
