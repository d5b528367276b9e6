package io.dockyard.engine;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.ImageBlueprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a burst of raw events into model events. Each container the burst touches is inspected
 * once, after the burst, and its details ride on its last event; images are listed once if any
 * event could have changed them. A failed inspection or listing leaves the details out, and the
 * reducer falls back on what the event itself says.
 */
final class BurstReader {

    List<EngineEvent> read(List<EventTranslator.Raw> burst, EngineListing listing) {
        Map<String, Integer> lastOfContainer = new HashMap<>();
        int lastImageEvent = -1;
        for (int i = 0; i < burst.size(); i++) {
            EventTranslator.Raw raw = burst.get(i);
            if (raw.isContainer()) {
                lastOfContainer.put(raw.objectId(), i);
            }
            if (raw.changesImages()) {
                lastImageEvent = i;
            }
        }
        Map<String, ContainerInstance> details = inspectSurvivors(burst, lastOfContainer, listing);
        List<ImageBlueprint> imagesNow = lastImageEvent >= 0 ? listImages(listing) : null;

        List<EngineEvent> events = new ArrayList<>(burst.size());
        for (int i = 0; i < burst.size(); i++) {
            EventTranslator.Raw raw = burst.get(i);
            if (raw.isContainer()) {
                boolean last = lastOfContainer.get(raw.objectId()) == i;
                events.add(new ContainerChanged(EventTranslator.containerAction(raw.action()), raw.objectId(),
                        raw.time(), raw.timeNano(), raw.attributes(), last ? details.get(raw.objectId()) : null));
            }
            if (raw.changesImages()) {
                // a commit is reported as a container event; its new image rides on an image event
                EngineEvent.ImageAction action = raw.isImage() ? EventTranslator.imageAction(raw.action())
                        : EngineEvent.ImageAction.BUILD;
                events.add(new ImageChanged(action, raw.isImage() ? raw.objectId() : raw.attributes()
                        .getOrDefault("imageID", raw.objectId()), raw.time(), raw.timeNano(),
                        i == lastImageEvent ? imagesNow : null));
            }
        }
        return events;
    }

    private static Map<String, ContainerInstance> inspectSurvivors(List<EventTranslator.Raw> burst,
                                                                   Map<String, Integer> lastOfContainer,
                                                                   EngineListing listing) {
        List<String> survivors = lastOfContainer.entrySet().stream()
                .filter(e -> !"destroy".equals(burst.get(e.getValue()).action()))
                .map(Map.Entry::getKey).toList();
        try {
            return listing.inspectAll(survivors);
        } catch (RuntimeException engineAway) {
            return Map.of(); // the stream will break too, and the reconnect lists everything again
        }
    }

    private static List<ImageBlueprint> listImages(EngineListing listing) {
        try {
            return listing.images();
        } catch (RuntimeException engineAway) {
            return null;
        }
    }
}
