package io.dockyard.engine;

import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.ImageChanged;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a burst of raw events into model events at once, with nothing fetched: what each event
 * says is enough to draw it (a container created, started, died …). The details that events do not
 * carry (PID, ports, sizes, the image list) follow through {@link DetailTracker}.
 */
final class BurstReader {
    private BurstReader() {
    }

    static List<EngineEvent> read(List<EventTranslator.Raw> burst) {
        List<EngineEvent> events = new ArrayList<>(burst.size());
        for (EventTranslator.Raw raw : burst) {
            if (raw.isContainer()) {
                events.add(new ContainerChanged(EventTranslator.containerAction(raw.action()), raw.objectId(),
                        raw.time(), raw.timeNano(), raw.attributes(), null));
            }
            if (raw.changesImages()) {
                // a commit is reported as a container event; it also makes an image
                EngineEvent.ImageAction action = raw.isImage() ? EventTranslator.imageAction(raw.action())
                        : EngineEvent.ImageAction.BUILD;
                String reference = raw.isImage() ? raw.objectId() : raw.attributes().getOrDefault("imageID", raw.objectId());
                events.add(new ImageChanged(action, reference, raw.time(), raw.timeNano(), null));
            }
        }
        return events;
    }
}
