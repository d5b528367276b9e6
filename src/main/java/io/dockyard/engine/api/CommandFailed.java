package io.dockyard.engine.api;

/** An engine call that did not do what was asked; the message is for people, in the engine's words where it has them. */
public final class CommandFailed extends RuntimeException {
    private final boolean refusedByEngine;

    public CommandFailed(String message, boolean refusedByEngine, Throwable cause) {
        super(message, cause);
        this.refusedByEngine = refusedByEngine;
    }

    /** True when the engine answered with a refusal, false when it could not be asked (timeout, no connection). */
    public boolean refusedByEngine() {
        return refusedByEngine;
    }
}
