package io.dockyard.app;

import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.sync.EngineStore;
import javafx.animation.AnimationTimer;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Event-to-pixel timing, when asked for ({@code -Ddockyard.timing.events=true}): for each engine
 * event the yard shows, one line once the frame that shows it has been painted,
 * <pre>dockyard: shown &lt;event timeNano&gt; &lt;short id&gt; &lt;action&gt; &lt;wall-clock epoch nanos&gt;</pre>
 * {@code src/test/bench/figures.sh events} joins these lines with {@code docker events} on
 * (timeNano, id, action); both stamps are the same machine's wall clock, as dockerd stamps its
 * events with it. When not asked for, nothing subscribes and nothing is kept.
 *
 * <p>When a frame counts as painted. The store hands its events to listeners on the frame
 * executor, in the same task and after the state listeners, so they arrive here in pulse P once
 * the yard has been given their state; P then lays the scene out, syncs it and hands the frame to
 * the render thread, which paints it while the FX thread goes on. A post-layout pulse listener in
 * P would fire before the paint and miss its cost. The start of pulse P+1 is not enough either:
 * JavaFX posts the next pulse as soon as P has returned, not when its paint is done; only a pulse
 * with changes to sync waits for the previous paint ("waiting for previous rendering", before it
 * copies its changes to the render graph). So at the start of P+1 a tiny empty probe node is
 * nudged, which makes P+1 sync and so wait for P's paint, and the lines are printed at the start
 * of P+2, which cannot begin before P+1 has returned. The stamp is therefore after the paint, by
 * at most about one pulse (~17 ms) when the app is otherwise idle; the probe costs one sync of a
 * node with no area per timed frame, and nothing when the lines are off.
 */
final class EventTiming {
    /** The system property that turns the lines on. */
    static final String PROPERTY = "dockyard.timing.events";
    private static final int SHORT_ID = 12;

    private final Clock clock;
    private final Consumer<String> out;
    private final Consumer<Runnable> afterPaint;
    /** Events applied to the yard whose frame has not been painted yet; touched only on the FX thread. */
    private final List<String> pending = new ArrayList<>();

    /**
     * @param out       receives the lines of one painted frame, as one text
     * @param afterPaint runs a task once the frame of the current pulse has been painted
     *                  ({@link PaintWatch} in the app)
     */
    EventTiming(Clock clock, Consumer<String> out, Consumer<Runnable> afterPaint) {
        this.clock = clock;
        this.out = out;
        this.afterPaint = afterPaint;
    }

    /**
     * Subscribes to the store's events when the property asks for it; otherwise does nothing.
     * {@code window} gets the probe node (unmanaged, no area, never seen).
     */
    static void attachIfAsked(EngineStore store, Clock clock, Pane window) {
        if (Boolean.getBoolean(PROPERTY)) {
            EventTiming timing = new EventTiming(clock, System.out::print, new PaintWatch(window));
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
            afterPaint.accept(this::painted);
        }
    }

    /** The frame with the pending events has been painted: one line each, stamped now, in one write. */
    private void painted() {
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

    /**
     * Runs a task at the start of pulse P+2, P being the pulse in which it was handed over; at the
     * start of P+1 it nudges its probe so that P+1 waits for P's paint (see the class comment).
     */
    private static final class PaintWatch implements Consumer<Runnable> {
        private final Region probe = new Region();

        PaintWatch(Pane window) {
            probe.setManaged(false);
            probe.setMouseTransparent(true);
            probe.resize(0, 0);
            window.getChildren().add(probe);
        }

        @Override
        public void accept(Runnable task) {
            // started during pulse P, the timer is first called at the start of P+1
            new AnimationTimer() {
                private int pulses;

                @Override
                public void handle(long now) {
                    if (++pulses == 1) {
                        probe.setTranslateX(probe.getTranslateX() == 0 ? 1 : 0);
                    } else {
                        stop();
                        task.run();
                    }
                }
            }.start();
        }
    }
}
