package io.dockyard.app;

import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.sync.EngineStore;
import javafx.animation.AnimationTimer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Event-to-pixel timing, when asked for ({@code -Ddockyard.timing.events=true}): for each engine
 * event the yard shows, one line once the frame that shows it has been drawn,
 * <pre>dockyard: shown &lt;event timeNano&gt; &lt;short id&gt; &lt;action&gt; &lt;wall-clock epoch nanos&gt;</pre>
 * {@code src/test/bench/figures.sh events} joins these lines with {@code docker events} on
 * (timeNano, id, action); both stamps are the same machine's wall clock, as dockerd stamps its
 * events with it. When not asked for, nothing subscribes and nothing is kept.
 *
 * <p>"Drawn" is the start of the pulse after the one in which the state holding the event was
 * applied to the yard. The store hands its events to listeners on the frame executor, in the same
 * task and after the state listeners, so the events arrive here once the yard has taken their
 * state; that pulse then lays out and syncs the scene, and the render thread paints it. JavaFX
 * posts the next pulse only once the render thread has finished the previous frame, and animation
 * timers run first in a pulse, so a timer's first call after the apply is the earliest moment at
 * which the frame is known to be on screen. A post-layout pulse listener would fire before the
 * paint and miss its cost. The line may come up to one frame (~16 ms) late when the app was idle
 * and the next pulse waits for its slot.
 */
final class EventTiming {
    /** The system property that turns the lines on. */
    static final String PROPERTY = "dockyard.timing.events";
    private static final int SHORT_ID = 12;

    private final Clock clock;
    private final Consumer<String> out;
    private final Consumer<Runnable> atNextPulse;
    /** Events applied to the yard whose frame has not been drawn yet; touched only on the FX thread. */
    private final List<String> pending = new ArrayList<>();

    /**
     * @param out         receives the lines of one drawn frame, as one text
     * @param atNextPulse runs a task at the start of the next pulse (an {@link AnimationTimer} in the app)
     */
    EventTiming(Clock clock, Consumer<String> out, Consumer<Runnable> atNextPulse) {
        this.clock = clock;
        this.out = out;
        this.atNextPulse = atNextPulse;
    }

    /** Subscribes to the store's events when the property asks for it; otherwise does nothing. */
    static void attachIfAsked(EngineStore store, Clock clock) {
        if (Boolean.getBoolean(PROPERTY)) {
            EventTiming timing = new EventTiming(clock, System.out::print, EventTiming::atNextPulseStart);
            store.subscribeEvents(timing::applied);
        }
    }

    /** Notes the engine events whose state the yard has just been given; called on the FX thread. */
    void applied(List<EngineEvent> events) {
        boolean wasEmpty = pending.isEmpty();
        for (EngineEvent event : events) {
            String line = describe(event);
            if (line != null) {
                pending.add(line);
            }
        }
        if (wasEmpty && !pending.isEmpty()) {
            atNextPulse.accept(this::drawn);
        }
    }

    /** The frame with the pending events is on screen: one line each, stamped now, in one write. */
    private void drawn() {
        Instant now = clock.instant();
        long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        StringBuilder lines = new StringBuilder();
        for (String event : pending) {
            lines.append("dockyard: shown ").append(event).append(' ').append(nanos).append('\n');
        }
        pending.clear();
        out.accept(lines.toString());
    }

    /** "timeNano shortId action" for an event from the engine's stream; null for the feed's own. */
    private static String describe(EngineEvent event) {
        if (event instanceof ContainerChanged c) {
            return line(c.timeNano(), c.containerId(), c.action().name());
        }
        if (event instanceof ImageChanged i) {
            return line(i.timeNano(), i.reference(), i.action().name());
        }
        if (event instanceof Observed o) {
            return line(o.timeNano(), o.ref().id(), o.action());
        }
        return null; // listings, inspections, connection changes: nothing the engine stamped
    }

    private static String line(long timeNano, String id, String action) {
        if (timeNano <= 0) {
            return null;
        }
        String shortId = id.length() > SHORT_ID ? id.substring(0, SHORT_ID) : id;
        return timeNano + " " + shortId + " " + action.toLowerCase(Locale.ROOT);
    }

    /** Runs the task at the start of the next pulse; the timer is added during this one, so it first runs then. */
    private static void atNextPulseStart(Runnable task) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                task.run();
            }
        }.start();
    }
}
