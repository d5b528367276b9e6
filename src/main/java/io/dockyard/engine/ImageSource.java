package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ImageAction;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.EngineObject;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Kind;

import java.util.List;
import java.util.Set;

/**
 * Images: an image event can touch more than the image it names (removing a tag can delete untagged
 * parents, a build adds intermediates), so every one of them has the whole list fetched again. A
 * container's commit is reported as a container event; it makes an image too.
 */
final class ImageSource implements KindSource {
    private static final Set<String> IMAGE_CHANGES_FROM_CONTAINERS = Set.of("commit");

    private final ContainerDetails details;

    ImageSource(ContainerDetails details) {
        this.details = details;
    }

    @Override
    public Kind kind() {
        return Kind.IMAGE;
    }

    @Override
    public List<ImageBlueprint> list(EngineClient client) {
        return client.images();
    }

    @Override
    public void resynced(List<? extends EngineObject> listed) {
        // the container source starts the details' new generation; images need nothing more
    }

    @Override
    public boolean handles(RawEvent event) {
        return event.kind() == Kind.IMAGE
                || event.kind() == Kind.CONTAINER && IMAGE_CHANGES_FROM_CONTAINERS.contains(event.action());
    }

    @Override
    public void read(RawEvent event, List<EngineEvent> out) {
        details.imageEvent();
        boolean image = event.kind() == Kind.IMAGE;
        ImageAction action = image ? EventTranslator.imageAction(event.action()) : ImageAction.BUILD;
        String reference = image ? event.id() : event.attributes().getOrDefault("imageID", event.id());
        out.add(new ImageChanged(action, reference, event.time(), event.timeNano(), null));
    }
}
