package io.dockyard.engine;

import com.github.dockerjava.api.exception.DockerException;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Words an engine failure for people: what happened, in the engine's words when it has them, and what to do. */
public final class EngineProblems {
    private EngineProblems() {
    }

    public static String describe(Throwable failure, String host) {
        DockerException refusal = find(failure, DockerException.class);
        if (refusal != null) {
            return engineRefused(refusal);
        }
        String text = chainText(failure).toLowerCase(Locale.ROOT);
        if (find(failure, AccessDeniedException.class) != null || text.contains("permission denied")) {
            return "Permission denied on " + host + ". Add your user to the docker group "
                    + "(sudo usermod -aG docker $USER), log in again, and Dockyard will connect.";
        }
        if (find(failure, NoSuchFileException.class) != null || find(failure, FileNotFoundException.class) != null
                || text.contains("no such file")) {
            return "There is no socket at " + host + ". Start Docker, or point DOCKER_HOST at a running engine.";
        }
        if (find(failure, UnknownHostException.class) != null) {
            return "The host in " + host + " is unknown. Check DOCKER_HOST or the Docker context.";
        }
        if (find(failure, SocketTimeoutException.class) != null || text.contains("timed out")) {
            return "The engine at " + host + " did not answer in time. It may be busy or unreachable.";
        }
        if (find(failure, ConnectException.class) != null || text.contains("connection refused")
                || text.contains("connect")) {
            return "Nothing answers at " + host + " (connection refused). Is Docker running? "
                    + "Start it (sudo systemctl start docker, or open Docker Desktop) and Dockyard connects by itself.";
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "The engine at " + host + " failed: " + message;
    }

    private static String engineRefused(DockerException e) {
        String words = e.getMessage() == null ? "" : e.getMessage().trim();
        // docker-java prefixes the body with "Status 400: "; the body is {"message":"…"} or plain
        // text; keep the engine's own sentence
        words = words.replaceFirst("^Status \\d+: ", "");
        int at = words.indexOf("\"message\":\"");
        if (at >= 0) {
            int end = words.indexOf('"', at + 11);
            words = words.substring(at + 11, end > 0 ? end : words.length());
        }
        if (words.contains("client version") || words.contains("API version")) {
            return "The engine refused Dockyard's API version: " + words
                    + ". Unset DOCKER_API_VERSION (or set it to a version the engine supports) and restart Dockyard.";
        }
        return "The engine refused: " + words;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c : causes(t)) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String chainText(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c : causes(t)) {
            b.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append(" / ");
        }
        return b.toString();
    }

    /** The failure and its causes, each once: a cause chain can loop back on itself. */
    private static List<Throwable> causes(Throwable t) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> chain = new ArrayList<>();
        for (Throwable c = t; c != null && seen.add(c); c = c.getCause()) {
            chain.add(c);
        }
        return chain;
    }
}
