package io.dockyard.intent;

import java.util.Optional;

/**
 * The result of reading one piece of user input: either a value or a problem worded for the
 * person who typed it.
 */
public record Parsed<T>(T value, String problem) {

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> problem(String problem) {
        return new Parsed<>(null, problem);
    }

    public boolean isOk() {
        return problem == null;
    }

    public Optional<String> problemText() {
        return Optional.ofNullable(problem);
    }
}
