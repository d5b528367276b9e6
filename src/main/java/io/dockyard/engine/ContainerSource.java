package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineObject;
import io.dockyard.model.Kind;

import java.util.List;

/**
 * Containers: listed as {@code docker ps -a} gives them, so the first picture does not wait for one
 * inspection per container; every event is drawn at once from what it says, and the container is
 * inspected afterwards for the rest.
 */
final class ContainerSource implements KindSource {
    private final ContainerDetails details;

    ContainerSource(ContainerDetails details) {
        this.details = details;
    }

    @Override
    public Kind kind() {
        return Kind.CONTAINER;
    }

    @Override
    public List<ContainerInstance> list(EngineClient client) {
        return client.containers();
    }

    @Override
    public void resynced(List<? extends EngineObject> listed) {
        details.resynced();
        // what the listing leaves out (PIDs, times, environment; then sizes) follows as details
        listed.forEach(c -> details.containerEvent(c.id(), false));
    }

    @Override
    public boolean handles(RawEvent event) {
        return event.kind() == Kind.CONTAINER;
    }

    @Override
    public void read(RawEvent event, List<EngineEvent> out) {
        details.containerEvent(event.id(), event.action().equals("destroy"));
        out.add(new ContainerChanged(EventTranslator.containerAction(event.action()), event.id(), event.time(),
                event.timeNano(), event.attributes(), null));
    }

    @Override
    public void afterBurst() {
        details.fetchWanted();
    }
}
