package io.dockyard.app;

import io.dockyard.engine.EngineEndpoint;
import io.dockyard.inspect.InspectorView;
import io.dockyard.journal.CommandJournal;
import io.dockyard.journal.JournalView;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.motion.Motion;
import io.dockyard.yard.YardView;
import javafx.stage.Window;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Every engine on screen: the first one Dockyard found, always shown, and those the user shows
 * beside it, each an {@link EngineSession}. It lays out their regions, keeps the user's choice in
 * the settings, tags ids and journal lines with their engine while there are several, and has the
 * one inspector follow the yard that was used last.
 */
final class EngineSessions implements AutoCloseable {
    /** What the sessions need from the rest of the app, made after the first frame. */
    interface HandsOnParts {
        InspectorView inspector();

        CommandJournal journal();

        JournalView journalView();

        /** Shows the inspector panel, for a double click on the yard. */
        void openInspector();
    }

    private final EngineSession first;
    private final List<EngineSession> others = new ArrayList<>();
    private final EngineRegions regions = new EngineRegions();
    private final Supplier<YardView> yards;
    private final Consumer<ShownEngines> keep;
    private final Consumer<String> notice;
    private final Clock clock;
    private final Executor reads = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dockyard-contexts");
        t.setDaemon(true);
        return t;
    });
    private ShownEngines shown;
    private HandsOnParts parts;
    /** Makes the parts made after the first frame now, for an engine shown before they were. */
    private Runnable makeParts = () -> { };
    /** The engine whose object the inspector shows: the one whose yard was used last. */
    private EngineSession active;

    /**
     * @param yards  makes the yard of an engine shown beside the first
     * @param keep   saves the user's choice of engines in the settings
     * @param notice shows a message in the status bar (a bug in a session's listener)
     */
    EngineSessions(EngineSession first, ShownEngines shown, Supplier<YardView> yards, Consumer<ShownEngines> keep,
                   Consumer<String> notice, Clock clock) {
        this.first = first;
        this.shown = shown;
        this.yards = yards;
        this.keep = keep;
        this.notice = notice;
        this.clock = clock;
        this.active = first;
        regions.show(List.of(first));
    }

    /** Where the yards go in the window. */
    EngineRegions regions() {
        return regions;
    }

    /** Whether more than one engine is on screen: then ids and journal lines name their engine. */
    boolean several() {
        return !others.isEmpty();
    }

    /** The first engine's state as drawn: its ids follow the number of engines; the inspector, if it is the active one. */
    void firstDrawn(EngineState drawn) {
        first.tagIds(several());
        if (active == first && parts != null) {
            parts.inspector().show(drawn);
        }
    }

    /** What makes the {@link HandsOnParts} at once, when an engine is shown before they were made. */
    void makePartsWith(Runnable maker) {
        makeParts = maker;
    }

    /** Gestures, journal and inspector from now on; the first engine's gestures are made here. */
    HandsOn attach(HandsOnParts made) {
        parts = made;
        HandsOn handsOn = first.handsOn(made.journal(), this::several);
        handsOn.aim(made.inspector());
        follow(first);
        first.store().subscribeEvents(events -> made.journalView().showEvents(events, several() ? first.label() : ""));
        return handsOn;
    }

    /** The Engines menu, acting on these sessions. */
    EnginesMenu menu(Supplier<Window> owner, Executor frames) {
        return new EnginesMenu(new EnginesMenu.Choices() {
            @Override
            public ShownEngines shown() {
                return shown;
            }

            @Override
            public EngineEndpoint first() {
                return first.endpoint();
            }

            @Override
            public void show(String key, boolean on) {
                EngineSessions.this.show(key, on);
            }

            @Override
            public void removeAdded(String entry) {
                EngineSessions.this.show(ShownEngines.addressKey(entry), false);
                choose(shown.withoutAdded(entry));
            }

            @Override
            public void add() {
                AddEngineDialog.open(owner.get(), reads, frames, (address, certs) -> {
                    String entry = ShownEngines.entry(address, certs);
                    choose(shown.withAdded(entry));
                    EngineSessions.this.show(ShownEngines.addressKey(entry), true);
                });
            }
        }, reads, frames);
    }

    /** The engines the user showed last time, beside the first. */
    void showChosen() {
        List.copyOf(shown.shown()).forEach(key -> show(key, true));
    }

    void setMotion(Motion motion) {
        others.forEach(s -> s.yard.setMotion(motion));
    }

    /** Shows or hides an engine beside the first, and keeps the choice. */
    void show(String key, boolean on) {
        choose(shown.withShown(key, on));
        EngineSession present = others.stream().filter(s -> s.key.equals(key)).findFirst().orElse(null);
        if (on && present == null) {
            others.add(open(key));
        } else if (!on && present != null) {
            others.remove(present);
            if (active == present) {
                activate(first);
            }
            present.close();
        } else {
            return;
        }
        List<EngineSession> all = new ArrayList<>();
        all.add(first);
        all.addAll(others);
        regions.show(all);
        all.forEach(s -> s.tagIds(several()));
    }

    private void choose(ShownEngines next) {
        shown = next;
        keep.accept(next);
    }

    /** Starts following one more engine, with its own feed, store, yard and gestures. */
    private EngineSession open(String key) {
        if (parts == null) {
            makeParts.run();
        }
        YardView y = yards.get();
        y.setId("yard-" + YardView.engineTag(key)); // #yard stays the first engine's
        EngineLink link = EngineLink.follow(EngineSession.endpoints(key), clock);
        EngineSession session = new EngineSession(key, EngineSession.labelOf(key), link, y, y, () -> show(key, false), clock);
        session.store().onBug(bug -> notice.accept(bug.message()));
        session.store().subscribe(state -> {
            if (!others.contains(session)) {
                return; // hidden and closed: a state still on its way is not drawn
            }
            EngineState drawn = session.drawn(state);
            y.show(drawn);
            session.tagIds(several());
            if (active == session) {
                parts.inspector().show(drawn);
            }
            if (state.connection().status() == Connection.Status.LIVE) {
                session.commands().prepare();
            }
        });
        session.handsOn(parts.journal(), this::several);
        session.store().subscribeEvents(events -> {
            if (others.contains(session)) {
                parts.journalView().showEvents(events, session.label());
            }
        });
        follow(session);
        return session;
    }

    /** The inspector follows the yard that was used last, and shows that engine's objects. */
    private void follow(EngineSession session) {
        YardView y = session.yard;
        y.selectionProperty().addListener((o, was, now) -> {
            if (now != null) {
                activate(session);
            }
            if (active == session) {
                parts.inspector().select(now == null ? null : now.id());
            }
        });
        y.setOnInspect(target -> {
            activate(session);
            parts.inspector().select(target);
        });
        y.setOnOpen(s -> parts.openInspector());
    }

    private void activate(EngineSession session) {
        if (active == session) {
            return;
        }
        EngineSession was = active;
        active = session;
        was.yard.clearSelection();
        if (session.handsOn() != null) {
            session.handsOn().aim(parts.inspector());
        }
        if (session.drawn() != null) {
            parts.inspector().show(session.drawn());
        }
    }

    @Override
    public void close() {
        others.forEach(EngineSession::close);
        first.close();
    }
}
