package io.dockyard.intent;

/** A typed command Dockyard cannot follow; the message says which word and why. */
final class CliRefusal extends RuntimeException {
    CliRefusal(String message) {
        super(message, null, false, false);
    }
}
