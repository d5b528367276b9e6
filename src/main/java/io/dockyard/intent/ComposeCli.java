package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * Which compose command line the user has, so that the journal shows a project action the way
 * they could type it: the {@code docker compose} plugin, the older standalone
 * {@code docker-compose}, or neither, when the plain docker lines that do the same are shown.
 */
public enum ComposeCli {
    /** {@code docker compose version} answers. */
    PLUGIN(List.of("docker", "compose")),
    /** {@code docker-compose version} answers. */
    STANDALONE(List.of("docker-compose")),
    /** Neither answers: plain {@code docker stop …} lines. */
    NONE(List.of());

    private final List<String> command;

    ComposeCli(List<String> command) {
        this.command = command;
    }

    public boolean isInstalled() {
        return this != NONE;
    }

    /** {@code docker compose -p NAME verb args…}; only for an installed compose. */
    List<String> line(String project, String verb, String... args) {
        if (!isInstalled()) {
            throw new IllegalStateException("no compose command line to word");
        }
        List<String> words = new ArrayList<>(command);
        words.add("-p");
        words.add(project);
        words.add(verb);
        words.addAll(List.of(args));
        return words;
    }
}
