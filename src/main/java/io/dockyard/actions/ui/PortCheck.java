package io.dockyard.actions.ui;

import io.dockyard.intent.HostPorts;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the host ports a form names are free, found off the FX thread: the probe binds a
 * socket, and a typed host name is first looked up, which waits as long as DNS does. The form is
 * checked against the answers known so far ({@link #view()}); what it asked about and nobody has
 * answered yet is probed once typing has paused, and {@code answered} runs on the UI executor when
 * the answers are in. Used on the UI thread only.
 */
final class PortCheck {
    /** Typing faster than this is one question. */
    static final Duration PAUSE = Duration.ofMillis(250);
    /** An answer older than this is asked again (it is still used meanwhile). */
    private static final long FRESH_MS = 3000;

    private final HostPorts probe;
    private final Executor background;
    private final Executor ui;
    private final Map<Port, Answer> known = new HashMap<>();
    private final Set<Port> wanted = new LinkedHashSet<>();
    private final AtomicLong asked = new AtomicLong();

    private record Port(String ip, int port, String protocol) {
    }

    private record Answer(boolean free, long atMillis) {
    }

    PortCheck(HostPorts probe, Executor background, Executor ui) {
        this.probe = probe;
        this.background = background;
        this.ui = ui;
    }

    /**
     * Answers at once, never probing: a known answer, or "free" for a port not asked yet, which
     * is noted to be asked. Check a form with it, then call {@link #askSoon}.
     */
    HostPorts view() {
        wanted.clear();
        long now = System.currentTimeMillis();
        return (ip, port, protocol) -> {
            Port p = new Port(ip, port, protocol);
            Answer a = known.get(p);
            if (a == null || now - a.atMillis() > FRESH_MS) {
                wanted.add(p);
            }
            return a == null || a.free();
        };
    }

    /** True while some port the last check named has no answer yet. */
    boolean checking() {
        return wanted.stream().anyMatch(p -> !known.containsKey(p));
    }

    /** Asks about the ports the last check wanted, once typing has paused; later calls replace earlier ones. */
    void askSoon(Runnable answered) {
        if (wanted.isEmpty()) {
            return;
        }
        long mine = asked.incrementAndGet();
        Set<Port> ask = Set.copyOf(wanted);
        CompletableFuture.delayedExecutor(PAUSE.toMillis(), TimeUnit.MILLISECONDS, background).execute(() -> {
            if (mine != asked.get()) {
                return; // the user typed on: a newer question replaces this one
            }
            Map<Port, Answer> answers = new HashMap<>();
            for (Port p : ask) {
                answers.put(p, new Answer(probe.isFree(p.ip(), p.port(), p.protocol()), System.currentTimeMillis()));
            }
            ui.execute(() -> {
                known.putAll(answers);
                answered.run();
            });
        });
    }
}
