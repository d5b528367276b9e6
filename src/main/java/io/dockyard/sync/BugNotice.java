package io.dockyard.sync;

import io.dockyard.model.EngineEvent;

import java.util.Objects;

/**
 * Dockyard hit a bug of its own and carried on: a listener threw, or an event could not be applied.
 * {@link #message()} says so in words for the status bar; {@link #cause()} is the exception, which
 * the store has logged with its stack trace.
 *
 * @param number  counts up from 1 per store, so a listener can tell a notice it has seen already
 * @param message what happened, what still works and what to do, for a person
 * @param cause   the exception behind it
 */
public record BugNotice(long number, String message, Throwable cause) {
    public BugNotice {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(cause, "cause");
    }

    /** A listener of published states threw; the other listeners still got the state. */
    static BugNotice stateListener(long number, RuntimeException cause) {
        return new BugNotice(number, "Dockyard hit a bug while showing the engine's state (" + words(cause)
                + "). The rest of the window still updates; the details are in the log.", cause);
    }

    /** A listener of published events threw; the other listeners still got the events. */
    static BugNotice eventListener(long number, RuntimeException cause) {
        return new BugNotice(number, "Dockyard hit a bug while following the engine's events (" + words(cause)
                + "). The rest of the window still updates; the details are in the log.", cause);
    }

    /** One event could not be applied and was skipped; the rest of its burst was applied. */
    static BugNotice skippedEvent(long number, EngineEvent event, RuntimeException cause) {
        return new BugNotice(number, "Dockyard hit a bug applying one engine event (" + describe(event) + ": "
                + words(cause) + ") and skipped it; the others were applied. What it changed may be missing until"
                + " Dockyard lists the engine again (after a reconnect, or restart Dockyard). The details are in"
                + " the log.", cause);
    }

    /** A burst failed as a whole but each of its events applied alone; all were applied. */
    static BugNotice burstOneByOne(long number, int events, RuntimeException cause) {
        return new BugNotice(number, "Dockyard hit a bug applying " + events + " engine events together ("
                + words(cause) + "); it applied them one by one instead and nothing was lost. The details are in"
                + " the log.", cause);
    }

    /** The kind of event and, for container and image events, what it was about; never the whole listing. */
    private static String describe(EngineEvent event) {
        if (event instanceof EngineEvent.ContainerChanged c) {
            return "container " + c.action() + " " + c.containerId();
        }
        if (event instanceof EngineEvent.ImageChanged i) {
            return "image " + i.action() + " " + i.reference();
        }
        return event == null ? "an empty event" : event.getClass().getSimpleName();
    }

    private static String words(Throwable cause) {
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
