package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * How long a stop waits between SIGTERM and the kill when the user gave no time: the container's
 * own stop timeout ({@code docker run --stop-timeout}, compose's {@code stop_grace_period}), else
 * the engine's 10 s. {@code docker stop} without {@code -t} sends no time and the engine uses the
 * container's own; docker-java always sends one ({@code t=10} unless told otherwise) and cannot
 * send none, so the container's own is read first and sent.
 */
final class StopTimeouts {
    /** What the engine waits for a container that asks for nothing. */
    static final int ENGINE_DEFAULT = 10;

    private StopTimeouts() {
    }

    /** The seconds the container asks for. If it cannot be read, the default: the stop itself then says what is wrong. */
    static int own(DockerClient requests, String container) {
        try {
            Object inspected = PlainRequests.getJson(requests,
                    "/containers/" + URLEncoder.encode(container, StandardCharsets.UTF_8) + "/json");
            return inspected instanceof Map<?, ?> json ? of(json.get("Config")) : ENGINE_DEFAULT;
        } catch (IllegalStateException unreadable) {
            return ENGINE_DEFAULT;
        }
    }

    /** {@code Config.StopTimeout} of an inspected container; absent or null when it asks for none. */
    static int of(Object config) {
        if (config instanceof Map<?, ?> c && c.get("StopTimeout") instanceof Number seconds) {
            return Math.max(0, seconds.intValue());
        }
        return ENGINE_DEFAULT;
    }
}
