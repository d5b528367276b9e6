package io.dockyard.engine;

import com.github.dockerjava.api.exception.DockerException;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

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
        // docker-java prefixes "Status 400: {"message":"…"}"; keep the engine's own sentence
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
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String chainText(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            b.append(c.getClass().getSimpleName()).append(": ").append(c.getMessage()).append(" / ");
        }
        return b.toString();
    }
}
