package io.dockyard.intent;

import java.util.List;

/**
 * {@code --restart}: what the engine does when the container's main process ends.
 *
 * @param mode       {@code no}, {@code always}, {@code unless-stopped} or {@code on-failure}
 * @param maxRetries for {@code on-failure}: how many restarts at most, 0 for no limit
 */
public record RestartPolicy(String mode, int maxRetries) {
    public static final RestartPolicy NO = new RestartPolicy("no", 0);
    public static final List<String> MODES = List.of("no", "always", "unless-stopped", "on-failure");

    public boolean isNo() {
        return mode.equals("no");
    }

    /** As written after {@code --restart}. */
    public String toCli() {
        return mode.equals("on-failure") && maxRetries > 0 ? mode + ":" + maxRetries : mode;
    }
}
