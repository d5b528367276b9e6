package io.dockyard.model;

import java.util.Locale;

/** The lifecycle states Docker reports for a container, as in {@code docker ps --format {{.State}}}. */
public enum ContainerState {
    CREATED, RUNNING, PAUSED, RESTARTING, REMOVING, EXITED, DEAD;

    /** The engine's own spelling: {@code running}, {@code exited} … */
    public String engineName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the engine's spelling; anything unknown is treated as {@link #DEAD} rather than guessed. */
    public static ContainerState fromEngine(String state) {
        if (state == null) {
            return DEAD;
        }
        try {
            return valueOf(state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return DEAD;
        }
    }

    /** True while the container has a process: running, paused or restarting. */
    public boolean hasProcess() {
        return this == RUNNING || this == PAUSED || this == RESTARTING;
    }
}
