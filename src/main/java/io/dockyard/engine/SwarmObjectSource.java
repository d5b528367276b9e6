package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.model.EngineObject;
import io.dockyard.model.Kind;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Swarm nodes or services, which a manager's event stream reports ({@code create}, {@code update},
 * {@code remove}; API 1.30+). The event says only which object changed, so the object it names is
 * inspected again (once per burst of events) and put in place of the one the model holds, or removed when the swarm no longer
 * has it. Listed at every resync, on a manager only.
 */
final class SwarmObjectSource implements SwarmScope.SwarmKindSource {
    private final Kind kind;
    private final FeedContext feed;
    private final SwarmScope scope;
    private final Function<EngineClient, List<? extends EngineObject>> lister;
    private final BiFunction<EngineClient, String, Optional<? extends EngineObject>> inspector;
    private final Runnable afterChange;
    private final Freshness freshness = new Freshness();
    /** Objects named by the burst being read, inspected once each when it ends. */
    private final Set<String> named = new LinkedHashSet<>();

    /**
     * @param afterChange what else to do after each event (services: look at the tasks soon)
     */
    SwarmObjectSource(Kind kind, FeedContext feed, SwarmScope scope,
                      Function<EngineClient, List<? extends EngineObject>> lister,
                      BiFunction<EngineClient, String, Optional<? extends EngineObject>> inspector,
                      Runnable afterChange) {
        this.kind = kind;
        this.feed = feed;
        this.scope = scope;
        this.lister = lister;
        this.inspector = inspector;
        this.afterChange = afterChange;
        scope.register(this);
    }

    static SwarmObjectSource nodes(FeedContext feed, SwarmScope scope) {
        return new SwarmObjectSource(Kind.NODE, feed, scope, EngineClient::nodes, EngineClient::node, () -> { });
    }

    static SwarmObjectSource services(FeedContext feed, SwarmScope scope, Runnable afterChange) {
        return new SwarmObjectSource(Kind.SERVICE, feed, scope, EngineClient::services, EngineClient::service,
                afterChange);
    }

    @Override
    public Kind kind() {
        return kind;
    }

    @Override
    public List<? extends EngineObject> list(EngineClient client) {
        if (kind == Kind.NODE) {
            scope.refresh(client); // nodes are listed first: one docker info per resync for all three kinds
        }
        return scope.canList() ? listManaged(client) : List.of();
    }

    @Override
    public List<? extends EngineObject> listManaged(EngineClient client) {
        return lister.apply(client);
    }

    @Override
    public void resynced(List<? extends EngineObject> listed) {
        freshness.resynced();
        listed.forEach(o -> freshness.present(o.id()));
    }

    @Override
    public boolean handles(RawEvent event) {
        return event.kind() == kind;
    }

    @Override
    public void read(RawEvent event, List<EngineEvent> out) {
        String id = event.id();
        out.add(new Observed(feed.engine().ref(kind, id), event.action(), event.attributes(), event.time(),
                event.timeNano()));
        if (!scope.canList()) {
            // a swarm event where Dockyard thought there was no swarm to manage: the engine just became a manager
            scope.recheck();
        } else if (event.action().equals("remove")) {
            named.remove(id);
            freshness.gone(id);
            out.add(new Removed(event.time(), kind, List.of(id)));
        } else {
            // a rolling update sends an update event per step: one inspection per burst is enough
            named.add(id);
        }
        afterChange.run();
    }

    @Override
    public void afterBurst() {
        named.forEach(this::inspect);
        named.clear();
    }

    /** Fetches the object again; an answer that a later event has overtaken is dropped. */
    private void inspect(String id) {
        long asked = freshness.present(id);
        feed.fetch(client -> inspector.apply(client, id), found -> {
            if (!freshness.isNewest(id, asked)) {
                return;
            }
            if (found.isPresent()) {
                feed.emit(List.of(new Upserted(feed.now(), List.of(found.get()))));
            } else {
                freshness.gone(id);
                feed.emit(List.of(new Removed(feed.now(), kind, List.of(id))));
            }
        }, engineAway -> { });
    }
}
