package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.SwarmMembership;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.Listed;
import io.dockyard.model.EngineObject;
import io.dockyard.model.Kind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the engine manages a swarm, which decides whether the Swarm sources list anything and
 * whether tasks are polled: an engine outside a swarm, or a worker, has no nodes, services or tasks
 * to show and is never asked for them. Asked at every resync, and again when the swarm gives
 * a sign that the answer changed (a node or service event on an engine thought not to manage
 * one, a task poll refused); when it did change, the three kinds are listed afresh. Control thread only.
 */
final class SwarmScope {
    private final FeedContext feed;
    private final List<SwarmKindSource> sources = new ArrayList<>();
    private SwarmMembership membership = SwarmMembership.NONE;
    private boolean rechecking;

    SwarmScope(FeedContext feed) {
        this.feed = feed;
    }

    /** A Swarm source that is told when its kind is listed afresh outside a resync. */
    interface SwarmKindSource extends KindSource {
        /** Lists the kind through the client, or nothing when the engine does not manage a swarm. */
        List<? extends EngineObject> listManaged(EngineClient client);
    }

    void register(SwarmKindSource source) {
        sources.add(source);
    }

    /** Asks the engine at a resync, on the control thread; the first Swarm source to list calls it. */
    void refresh(EngineClient client) {
        membership = client.swarm();
    }

    boolean canList() {
        return membership.canList();
    }

    /**
     * Asks the engine again off the control thread; if it now manages a swarm, or no longer does,
     * every Swarm kind is listed afresh and handed over as {@link Listed}.
     */
    void recheck() {
        if (rechecking) {
            return;
        }
        rechecking = true;
        boolean before = canList();
        feed.fetch(client -> {
            SwarmMembership now = client.swarm();
            Map<Kind, List<? extends EngineObject>> listings = new EnumMap<>(Kind.class);
            for (SwarmKindSource s : sources) {
                listings.put(s.kind(), now.canList() ? s.listManaged(client) : List.of());
            }
            return Map.entry(now, listings);
        }, answer -> {
            rechecking = false;
            membership = answer.getKey();
            if (before != canList()) {
                List<EngineEvent> listed = new ArrayList<>();
                answer.getValue().forEach((kind, objects) -> listed.add(new Listed(feed.now(), kind,
                        List.copyOf(objects))));
                feed.emit(listed);
                sources.forEach(s -> s.resynced(answer.getValue().get(s.kind())));
            }
        }, engineAway -> rechecking = false);
    }
}
