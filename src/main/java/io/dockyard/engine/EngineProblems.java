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
        ConnectionProblem worded = find(failure, ConnectionProblem.class);
        if (worded != null) {
            return worded.getMessage();
        }
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
        if (text.contains("connection reset") || text.contains("broken pipe")) {
            return "The engine at " + host + " closed the connection in the middle of an answer. "
                    + "It may be restarting; Dockyard tries again by itself.";
        }
        if (find(failure, ConnectException.class) != null || text.contains("connection refused")) {
            return "Nothing answers at " + host + " (connection refused). Is Docker running? "
                    + "Start it (sudo systemctl start docker, or open Docker Desktop) and Dockyard connects by itself.";
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "The engine at " + host + " failed: " + message;
    }

    /**
     * Words for a failed pull. When the engine could not reach a registry it says so plainly,
     * because that is a property of the machine, not of the image.
     */
    public static String describePull(Throwable failure, String reference, String host) {
        String lower = chainText(failure).toLowerCase(Locale.ROOT);
        String words = engineWords(failure);
        if (lower.contains("no such host") || lower.contains("dial tcp") || lower.contains("i/o timeout")
                || lower.contains("network is unreachable") || lower.contains("tls handshake timeout")) {
            return "No registry could be reached to pull " + reference + ", so nothing was downloaded. "
                    + "The engine said: " + words + ". Images already on this machine still run; to make a new "
                    + "one, build it from a Dockerfile (drop its folder onto the yard).";
        }
        if (lower.contains("pull access denied") || lower.contains("manifest unknown") || lower.contains("not found")) {
            return "The registry has no image " + reference + " (or it needs docker login). The engine said: "
                    + words + ".";
        }
        return describe(failure, host);
    }

    /** The engine's own sentence when it gave one, else the failure's message. */
    public static String engineWords(Throwable failure) {
        DockerException refusal = find(failure, DockerException.class);
        if (refusal != null) {
            String words = stripStatus(refusal.getMessage());
            return words.isEmpty() ? "HTTP " + refusal.getHttpStatus() + " with no explanation" : words;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().trim();
    }

    /** True when the engine answered and said no, rather than not answering. */
    public static boolean isRefusal(Throwable failure) {
        return find(failure, DockerException.class) != null;
    }

    private static String stripStatus(String message) {
        // docker-java prefixes the body with "Status 400: "; the body is {"message":"…"} or plain text
        String words = message == null ? "" : message.trim().replaceFirst("^Status \\d+:\\s*", "");
        int at = words.indexOf("\"message\":\"");
        if (at < 0) {
            return words;
        }
        // read the JSON string up to its closing quote, undoing its escapes
        StringBuilder b = new StringBuilder();
        for (int i = at + 11; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\\' && i + 1 < words.length()) {
                char next = words.charAt(++i);
                b.append(next == 'n' ? ' ' : next);
            } else {
                b.append(c);
            }
        }
        return b.toString().trim();
    }

    private static String engineRefused(DockerException e) {
        String words = stripStatus(e.getMessage());
        if (words.contains("client version") || words.contains("API version")) {
            return "The engine refused Dockyard's API version: " + words
                    + ". Unset DOCKER_API_VERSION (or set it to a version the engine supports) and restart Dockyard.";
        }
        if (words.isEmpty()) {
            return "The engine answered HTTP " + e.getHttpStatus() + " without saying why. Is "
                    + "DOCKER_HOST pointing at a Docker engine rather than another server?";
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
