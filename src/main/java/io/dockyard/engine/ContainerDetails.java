package io.dockyard.engine;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ImageBlueprint;

import java.util.List;
import java.util.Map;

/**
 * Fetches what events do not say (a container's PID, ports, networks, sizes; the image list) after
 * the events themselves have been passed on, one fetch at a time, and hands on the part that is
 * still true as an {@code Inspected} event. {@link DetailTracker} decides what is wanted and what
 * is still true; the image, container and network sources mark what they touched.
 */
final class ContainerDetails {
    private final DetailTracker tracker = new DetailTracker();
    private final FeedContext feed;

    ContainerDetails(FeedContext feed) {
        this.feed = feed;
    }

    /** An event touched the container: inspect it again, or forget it when it was destroyed. */
    void containerEvent(String id, boolean destroyed) {
        tracker.containerEvent(id, destroyed);
    }

    /** An event may have changed the images: list them again. */
    void imageEvent() {
        tracker.imageEvent();
    }

    /** A resync replaced the model: nothing in flight is news any more. */
    void resynced() {
        tracker.resynced();
    }

    /** Starts the next fetch, if anything is wanted and none is running. */
    void fetchWanted() {
        tracker.nextRequest().ifPresent(request -> feed.fetch(
                client -> new Answer(client.inspectContainers(request.containers().keySet(), request.sizes()),
                        request.wantsImages() ? client.images() : null),
                answer -> {
                    tracker.answered(request, answer.containers(), answer.images(), feed.now())
                            .ifPresent(inspected -> feed.emit(List.of(inspected)));
                    fetchWanted();
                },
                // the stream breaks too; the reconnect lists everything again
                engineAway -> tracker.failed(request)));
    }

    private record Answer(Map<String, ContainerInstance> containers, List<ImageBlueprint> images) {
    }
}
