package io.dockyard.engine;

/** How open the way to an engine is: who could read or drive it besides the user. */
public enum Exposure {
    /** A local socket or pipe, ssh, verified TLS, or plain TCP on this machine. */
    PRIVATE(""),
    /** TLS whose engine certificate is not checked: private from onlookers, not from an impostor. */
    UNVERIFIED_TLS("encrypted, but the engine's certificate is not verified"),
    /** Plain {@code tcp://} to another machine: anyone on the network can read it and run containers. */
    PLAIN_NETWORK("unencrypted and unauthenticated");

    private final String words;

    Exposure(String words) {
        this.words = words;
    }

    /** Words for the status bar, empty when there is nothing to warn about. */
    public String words() {
        return words;
    }

    public boolean isWarning() {
        return this != PRIVATE;
    }
}
