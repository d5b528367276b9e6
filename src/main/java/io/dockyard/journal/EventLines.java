package io.dockyard.journal;

import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ConnectionLost;
import io.dockyard.model.EngineEvent.ConnectionRestored;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.EngineSilent;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.EngineEvent.Inspected;
import io.dockyard.model.EngineEvent.NoEngine;
import io.dockyard.model.EngineEvent.Listed;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.EngineEvent.Resync;
import io.dockyard.model.EngineEvent.Upserted;
import io.dockyard.model.Ids;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words one engine event as a feed line, close to what {@code docker events} prints. Pure. */
public final class EventLines {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private EventLines() {
    }

    /** "12:04:31.114", in the local time zone. */
    public static String time(EngineEvent event) {
        return TIME.format(event.time());
    }

    /** "container die webserver2 exit 137", "image tag app:1" … */
    public static String text(EngineEvent event) {
        return event.accept(WORDING);
    }

    /**
     * Whether the event feed shows the event: what the engine reported, and the connection's ups and
     * downs; not the details Dockyard fetched after an event (an inspection, a listing, a removal it
     * already reported as a destroy).
     */
    public static boolean isShown(EngineEvent event) {
        return event.accept(SHOWN);
    }

    private static final EngineEvent.Visitor<Boolean> SHOWN = new EngineEvent.Visitor<>() {
        @Override public Boolean visitContainerChanged(ContainerChanged e) { return true; }
        @Override public Boolean visitImageChanged(ImageChanged e) { return true; }
        @Override public Boolean visitInspected(Inspected e) { return false; }
        @Override public Boolean visitEngineSilent(EngineSilent e) { return true; }
        @Override public Boolean visitConnectionLost(ConnectionLost e) { return true; }
        @Override public Boolean visitConnectionRestored(ConnectionRestored e) { return true; }
        @Override public Boolean visitNoEngine(NoEngine e) { return true; }
        @Override public Boolean visitResync(Resync e) { return true; }
        @Override public Boolean visitObserved(Observed e) { return true; }
        @Override public Boolean visitListed(Listed e) { return false; }
        @Override public Boolean visitUpserted(Upserted e) { return false; }
        @Override public Boolean visitRemoved(Removed e) { return false; }
    };

    /** One line per kind of event; as a visitor, a new kind does not compile until it has its words. */
    private static final EngineEvent.Visitor<String> WORDING = new EngineEvent.Visitor<>() {
        @Override
        public String visitContainerChanged(ContainerChanged c) {
            String name = c.attribute("name").isEmpty() ? Ids.shortId(c.containerId()) : c.attribute("name");
            StringBuilder b = new StringBuilder("container ").append(action(c.action().name())).append(' ').append(name);
            if (!c.attribute("exitCode").isEmpty()) {
                b.append(" exit ").append(c.attribute("exitCode"));
            }
            if (!c.attribute("signal").isEmpty()) {
                b.append(" signal ").append(c.attribute("signal"));
            }
            return b.toString();
        }

        @Override
        public String visitImageChanged(ImageChanged i) {
            return "image " + action(i.action().name()) + " " + shortRef(i.reference());
        }

        @Override
        public String visitEngineSilent(EngineSilent silent) {
            return "the engine stopped answering (it last answered at " + TIME.format(silent.since()) + ")";
        }

        @Override
        public String visitConnectionLost(ConnectionLost lost) {
            return "connection lost: " + lost.reason();
        }

        @Override
        public String visitConnectionRestored(ConnectionRestored r) {
            return "connected to " + r.endpoint() + " (engine " + r.engine().version() + ")";
        }

        @Override
        public String visitNoEngine(NoEngine n) {
            return "no engine: " + n.reason();
        }

        @Override
        public String visitResync(Resync r) {
            return "listed " + r.images().size() + " images and " + r.containers().size() + " containers";
        }

        @Override
        public String visitInspected(Inspected i) {
            return "details of " + i.containers().size() + " containers";
        }

        @Override
        public String visitObserved(Observed o) {
            String name = o.attribute("name");
            String what = o.ref().kind().name().toLowerCase(Locale.ROOT) + " " + (name.isEmpty()
                    ? shortRef(o.ref().id()) : name);
            String container = o.attribute("container");
            return what + " " + o.action() + (container.isEmpty() ? "" : " " + Ids.shortId(container));
        }

        @Override
        public String visitListed(Listed l) {
            return "listed " + l.objects().size() + " " + l.kind().name().toLowerCase(Locale.ROOT) + "s";
        }

        @Override
        public String visitUpserted(Upserted u) {
            return "details of " + u.objects().size() + " objects";
        }

        @Override
        public String visitRemoved(Removed r) {
            return r.kind().name().toLowerCase(Locale.ROOT) + " " + String.join(", ",
                    r.ids().stream().map(EventLines::shortRef).toList()) + " gone";
        }
    };

    private static String action(String name) {
        // OTHER covers exec, commit, update …: the engine changed something about the container
        return name.equals("OTHER") ? "changed" : name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Image ids, and the 64-hex ids of networks and anonymous volumes, as Docker prints them: 12 digits. */
    private static String shortRef(String reference) {
        if (reference == null) {
            return "null";
        }
        boolean hex = reference.length() == 64 && reference.chars().allMatch(c -> Character.digit(c, 16) >= 0);
        return reference.startsWith("sha256:") || hex ? Ids.shortId(reference) : reference;
    }
}
