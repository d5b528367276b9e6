package io.dockyard.engine;

import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.EngineClient.RawEvent;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.model.EngineObject;
import io.dockyard.model.Kind;
import io.dockyard.model.VolumeRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Volumes: a create is followed by {@code docker volume inspect} and an upsert, a destroy removes
 * the volume at once, a mount or unmount is only observed (the container's own mounts come with its
 * inspection). Sizes come from {@code system df} on the schedule {@link SizeSchedule} keeps, off the
 * control thread; a volume listed or inspected again keeps the size, creation time and scope last
 * measured, which its listing does not carry.
 */
final class VolumeSource implements KindSource {
    private static final Set<String> SIZE_CHANGES = Set.of("create", "destroy", "mount", "unmount");

    private final FeedContext feed;
    private final Freshness freshness = new Freshness();
    private final SizeSchedule schedule = new SizeSchedule();
    /** The last measurement of each volume known to exist. */
    private final Map<String, VolumeRecord> measured = new HashMap<>();
    /** When the next look at the schedule is planned, or null. */
    private Instant planned;

    VolumeSource(FeedContext feed) {
        this.feed = feed;
    }

    @Override
    public Kind kind() {
        return Kind.VOLUME;
    }

    @Override
    public List<VolumeRecord> list(EngineClient client) {
        return client.volumes().stream().map(this::withMeasured).toList();
    }

    @Override
    public void resynced(List<? extends EngineObject> listed) {
        freshness.resynced();
        listed.forEach(v -> freshness.present(v.id()));
        measured.keySet().retainAll(listed.stream().map(EngineObject::id).collect(Collectors.toSet()));
        schedule.resynced();
        schedule.volumeEvent(feed.now()); // what happened while the feed was away is measured soon
        plan();
    }

    @Override
    public boolean handles(RawEvent event) {
        return event.kind() == Kind.VOLUME;
    }

    @Override
    public void read(RawEvent event, List<EngineEvent> out) {
        String name = event.id();
        out.add(new Observed(feed.engine().ref(Kind.VOLUME, name), event.action(), event.attributes(), event.time(),
                event.timeNano()));
        if (event.action().equals("create")) {
            feed.upsertFetched(freshness, name, client -> client.volume(name), this::withMeasured);
        } else if (event.action().equals("destroy")) {
            freshness.gone(name);
            measured.remove(name);
            out.add(new Removed(event.time(), Kind.VOLUME, List.of(name)));
        }
        if (SIZE_CHANGES.contains(event.action())) {
            schedule.volumeEvent(feed.now());
        }
    }

    @Override
    public void afterBurst() {
        plan();
    }

    /** Measures now if due, or looks at the schedule again when it will be. */
    private void plan() {
        schedule.due().ifPresent(at -> {
            Instant now = feed.now();
            if (!at.isAfter(now)) {
                measure();
            } else if (planned == null || planned.isAfter(at)) {
                planned = at;
                feed.later(Duration.between(now, at), () -> {
                    if (at.equals(planned)) {
                        planned = null;
                    }
                    plan();
                });
            }
        });
    }

    private void measure() {
        long asked = freshness.now();
        schedule.started(feed.now());
        feed.fetch(EngineClient::volumeSizes, sizes -> {
            schedule.finished();
            List<EngineObject> current = new ArrayList<>();
            for (VolumeRecord v : sizes) {
                // a volume removed (or made again) since the engine was asked is not the one it measured
                if (freshness.unchangedSince(v.name(), asked)) {
                    measured.put(v.name(), v);
                    current.add(v);
                }
            }
            if (!current.isEmpty()) {
                feed.emit(List.of(new Upserted(feed.now(), current)));
            }
            plan();
        }, engineAway -> {
            schedule.finished();
            plan();
        });
    }

    /** A volume as listed or inspected, with what the last measurement knew and the listing does not. */
    private VolumeRecord withMeasured(VolumeRecord fresh) {
        VolumeRecord known = measured.get(fresh.name());
        if (known == null) {
            return fresh;
        }
        return new VolumeRecord(fresh.name(), fresh.driver(), fresh.mountpoint(),
                fresh.created() != null ? fresh.created() : known.created(), fresh.labels(),
                fresh.scope().isEmpty() ? known.scope() : fresh.scope(), fresh.hasSize() ? fresh.size() : known.size());
    }
}
