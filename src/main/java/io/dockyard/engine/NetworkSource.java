package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineObject;
import io.dockyard.model.Kind;
import io.dockyard.model.NetworkRecord;

import java.util.List;
import java.util.Set;

/**
 * Networks: a create is followed by {@code docker network inspect} and an upsert, a destroy removes
 * the network at once. A connect or disconnect is observed as the network's event, with the
 * container in its {@code container} attribute, and the container is inspected again: its own
 * inspection says its address and aliases on each network.
 */
final class NetworkSource implements KindSource {
    /** {@code remove} is what a swarm manager says for its networks. */
    private static final Set<String> REMOVALS = Set.of("destroy", "remove");
    private static final Set<String> ATTACHMENTS = Set.of("connect", "disconnect");

    private final FeedContext feed;
    private final ContainerDetails details;
    private final Freshness freshness = new Freshness();

    NetworkSource(FeedContext feed, ContainerDetails details) {
        this.feed = feed;
        this.details = details;
    }

    @Override
    public Kind kind() {
        return Kind.NETWORK;
    }

    @Override
    public List<NetworkRecord> list(EngineClient client) {
        return client.networks();
    }

    @Override
    public void resynced(List<? extends EngineObject> listed) {
        freshness.resynced();
        listed.forEach(n -> freshness.present(n.id()));
    }

    @Override
    public boolean handles(RawEvent event) {
        return event.kind() == Kind.NETWORK;
    }

    @Override
    public void read(RawEvent event, List<EngineEvent> out) {
        String id = event.id();
        out.add(new Observed(feed.engine().ref(Kind.NETWORK, id), event.action(), event.attributes(), event.time(),
                event.timeNano()));
        if (event.action().equals("create")) {
            feed.upsertFetched(freshness, id, client -> client.network(id), n -> n);
        } else if (REMOVALS.contains(event.action())) {
            freshness.gone(id);
            out.add(new Removed(event.time(), Kind.NETWORK, List.of(id)));
        } else if (ATTACHMENTS.contains(event.action()) && !event.attribute("container").isEmpty()) {
            details.containerEvent(event.attribute("container"), false);
        }
    }
}
