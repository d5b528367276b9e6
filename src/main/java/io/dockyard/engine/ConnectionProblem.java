package io.dockyard.engine;

/**
 * A failure to reach an engine that is already worded for people (what is wrong, which file or host,
 * what to do); {@link EngineProblems#describe} passes its message on unchanged.
 */
public final class ConnectionProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConnectionProblem(String words) {
        super(words);
    }

    public ConnectionProblem(String words, Throwable cause) {
        super(words, cause);
    }
}
