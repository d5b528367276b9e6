package io.dockyard.model;

import io.dockyard.model.EngineEvent.ConnectionLost;
import io.dockyard.model.EngineEvent.ConnectionRestored;
import io.dockyard.model.EngineEvent.EngineSilent;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.EngineEvent.Inspected;
import io.dockyard.model.EngineEvent.NoEngine;
import io.dockyard.model.EngineEvent.Listed;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineEvent.Resync;
import io.dockyard.model.EngineEvent.Upserted;

import java.util.List;

/**
 * The pure function {@code (state, events) -> state}. It never talks to the engine and never
 * guesses: details inspected by the feed win over what an event implies (and add a container the
 * model did not know, since the engine just showed it exists), while an event without details about
 * a container the model does not know (other than its creation) is ignored until a resync.
 */
public final class EngineReducer {
    private EngineReducer() {
    }

    public static EngineState reduce(EngineState state, EngineEvent event) {
        return reduceAll(state, List.of(event));
    }

    /** Applies a burst of events and makes one new state, one revision higher. */
    public static EngineState reduceAll(EngineState state, List<? extends EngineEvent> events) {
        if (events.isEmpty()) {
            return state;
        }
        Draft d = new Draft(state);
        Applier applier = new Applier(d);
        for (EngineEvent event : events) {
            event.accept(applier);
        }
        return d.build(state.revision() + 1);
    }

    /** Applies one event to the draft; the visitor makes the compiler check that every kind is handled. */
    private static final class Applier implements EngineEvent.Visitor<Void> {
        private final Draft d;

        Applier(Draft d) {
            this.d = d;
        }

        @Override
        public Void visitContainerChanged(ContainerChanged c) {
            applyContainer(d, c);
            return null;
        }

        @Override
        public Void visitImageChanged(ImageChanged i) {
            applyImage(d, i);
            return null;
        }

        @Override
        public Void visitInspected(Inspected i) {
            i.containers().forEach(d.objects::put);
            if (i.images() != null) {
                d.objects.replace(Kind.IMAGE, i.images());
            }
            return null;
        }

        @Override
        public Void visitResync(Resync r) {
            r.listings().forEach(d.objects::replace);
            return null;
        }

        @Override
        public Void visitObserved(Observed o) {
            d.lastEvent(o.time(), o.timeNano());
            return null;
        }

        @Override
        public Void visitListed(Listed l) {
            d.objects.replace(l.kind(), l.objects());
            return null;
        }

        @Override
        public Void visitUpserted(Upserted u) {
            u.objects().forEach(d.objects::put);
            return null;
        }

        @Override
        public Void visitRemoved(Removed r) {
            r.ids().forEach(id -> d.objects.remove(r.kind(), id));
            return null;
        }

        @Override
        public Void visitEngineSilent(EngineSilent silent) {
            d.connection = d.connection.silent(silent.since());
            return null;
        }

        @Override
        public Void visitConnectionLost(ConnectionLost l) {
            d.connection = d.connection.with(Connection.Status.RECONNECTING, l.reason());
            return null;
        }

        @Override
        public Void visitConnectionRestored(ConnectionRestored r) {
            d.connection = new Connection(Connection.Status.LIVE, r.endpoint(), r.source(), r.reason(), "");
            d.engine = r.engine();
            d.noEngineTried = List.of();
            return null;
        }

        @Override
        public Void visitNoEngine(NoEngine n) {
            d.connection = d.connection.with(Connection.Status.NO_ENGINE, n.reason());
            d.noEngineTried = n.tried();
            return null;
        }
    }

    private static void applyContainer(Draft d, ContainerChanged c) {
        d.lastEvent(c);
        if (c.action() == EngineEvent.ContainerAction.DESTROY) {
            d.objects.remove(Kind.CONTAINER, c.containerId());
            return;
        }
        if (c.details() != null) {
            d.objects.put(c.details());
            return;
        }
        ContainerInstance known = (ContainerInstance) d.objects.get(Kind.CONTAINER, c.containerId());
        if (known == null && c.action() == EngineEvent.ContainerAction.CREATE) {
            known = skeleton(d, c);
        }
        if (known != null) {
            d.objects.put(implied(known, c));
        }
    }

    /** A container known only from its create event, linked to its image when the reference names one. */
    private static ContainerInstance skeleton(Draft d, ContainerChanged c) {
        ContainerInstance bare = ContainerInstance.skeleton(c.containerId(), c.attribute("name"), c.attribute("image"),
                c.time());
        Catalogs imagesOnly = Catalogs.of(d.objects.view(Kind.IMAGE).values());
        String imageId = new EngineState(0, imagesOnly, d.connection, d.engine, null, 0, List.of())
                .findImage(c.attribute("image")).map(ImageBlueprint::id).orElse("");
        return imageId.isEmpty() ? bare : bare.withImageId(imageId);
    }

    /** What an event alone says about a container, for when it could not be inspected. */
    static ContainerInstance implied(ContainerInstance c, ContainerChanged e) {
        return switch (e.action()) {
            case START, UNPAUSE, RESTART -> c.withState(ContainerState.RUNNING, c.exitCode(), e.time());
            case DIE -> c.withState(ContainerState.EXITED, parseExitCode(e.attribute("exitCode"), c.exitCode()), e.time());
            case PAUSE -> c.withState(ContainerState.PAUSED, c.exitCode(), e.time());
            case RENAME -> e.attribute("name").isEmpty() ? c : c.withName(e.attribute("name"));
            case HEALTH_STATUS -> c.withHealth(e.attribute("healthStatus"));
            case CREATE, STOP, KILL, OOM, EXEC_DIE, OTHER, DESTROY -> c;
        };
    }

    private static int parseExitCode(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }

    private static void applyImage(Draft d, ImageChanged i) {
        d.lastEvent(i);
        if (i.imagesNow() != null) {
            d.objects.replace(Kind.IMAGE, i.imagesNow());
        } else if (i.action() == EngineEvent.ImageAction.DELETE) {
            d.objects.remove(Kind.IMAGE, i.reference());
        }
    }

    /** The state being built; mutable only inside one reduction. */
    private static final class Draft {
        final Catalogs.Builder objects;
        Connection connection;
        EngineInfo engine;
        java.time.Instant lastEventTime;
        long lastEventNano;
        List<String> noEngineTried;

        Draft(EngineState s) {
            objects = s.objects().toBuilder();
            connection = s.connection();
            engine = s.engine();
            lastEventTime = s.lastEventTime();
            lastEventNano = s.lastEventNano();
            noEngineTried = s.noEngineTried();
        }

        void lastEvent(ContainerChanged c) {
            lastEvent(c.time(), c.timeNano());
        }

        void lastEvent(ImageChanged i) {
            lastEvent(i.time(), i.timeNano());
        }

        void lastEvent(java.time.Instant time, long nano) {
            if (lastEventNano == 0 || nano >= lastEventNano) {
                lastEventTime = time;
                lastEventNano = nano;
            }
        }

        EngineState build(long revision) {
            return new EngineState(revision, objects.build(), connection, engine, lastEventTime, lastEventNano,
                    noEngineTried);
        }
    }
}
