package io.dockyard.model;

import io.dockyard.model.EngineEvent.ConnectionLost;
import io.dockyard.model.EngineEvent.ConnectionRestored;
import io.dockyard.model.EngineEvent.EngineSilent;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.EngineEvent.Inspected;
import io.dockyard.model.EngineEvent.NoEngine;
import io.dockyard.model.EngineEvent.Resync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
            i.containers().forEach(c -> d.containers.put(c.id(), c));
            if (i.images() != null) {
                d.images = byId(i.images(), ImageBlueprint::id);
            }
            return null;
        }

        @Override
        public Void visitResync(Resync r) {
            d.images = byId(r.images(), ImageBlueprint::id);
            d.containers = byId(r.containers(), ContainerInstance::id);
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
            d.containers.remove(c.containerId());
            return;
        }
        if (c.details() != null) {
            d.containers.put(c.containerId(), c.details());
            return;
        }
        ContainerInstance known = d.containers.get(c.containerId());
        if (known == null && c.action() == EngineEvent.ContainerAction.CREATE) {
            known = skeleton(d, c);
        }
        if (known != null) {
            d.containers.put(c.containerId(), implied(known, c));
        }
    }

    /** A container known only from its create event, linked to its image when the reference names one. */
    private static ContainerInstance skeleton(Draft d, ContainerChanged c) {
        ContainerInstance bare = ContainerInstance.skeleton(c.containerId(), c.attribute("name"), c.attribute("image"),
                c.time());
        String imageId = new EngineState(0, d.images, Map.of(), d.connection, d.engine, null, 0, List.of())
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
            case CREATE, STOP, KILL, OOM, OTHER, DESTROY -> c;
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
            d.images = byId(i.imagesNow(), ImageBlueprint::id);
        } else if (i.action() == EngineEvent.ImageAction.DELETE) {
            d.images.remove(i.reference());
        }
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> b, HashMap::new));
    }

    /** The state being built; mutable only inside one reduction. */
    private static final class Draft {
        Map<String, ImageBlueprint> images;
        Map<String, ContainerInstance> containers;
        Connection connection;
        EngineInfo engine;
        java.time.Instant lastEventTime;
        long lastEventNano;
        List<String> noEngineTried;

        Draft(EngineState s) {
            images = new HashMap<>(s.images());
            containers = new HashMap<>(s.containers());
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

        private void lastEvent(java.time.Instant time, long nano) {
            if (lastEventNano == 0 || nano >= lastEventNano) {
                lastEventTime = time;
                lastEventNano = nano;
            }
        }

        EngineState build(long revision) {
            return new EngineState(revision, images, containers, connection, engine, lastEventTime, lastEventNano,
                    noEngineTried);
        }
    }
}
