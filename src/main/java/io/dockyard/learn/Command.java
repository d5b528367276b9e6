package io.dockyard.learn;

import io.dockyard.intent.ShellQuote;

import java.util.List;

/**
 * One docker command of a step, as the argument list after {@code docker}. The same list is shown
 * to the learner as a CLI line and handed to a {@link StepPerformer} by "show me", so both paths do
 * exactly the same thing.
 *
 * @param args the arguments after {@code docker}
 * @param kind whether the step needs it, it only looks, or it is expected to fail
 */
public record Command(List<String> args, Kind kind) {
    /** What a command is for. */
    public enum Kind {
        /** changes the engine; "show me" runs it */
        DO,
        /** only looks (docker ps, diff, top …); shown for the learner to try */
        SEE,
        /** shown to be tried and to fail, which is the point (removing an image in use) */
        TRY,
        /** part of the step, so "show me" runs it, and meant to fail: the failure is what the step shows */
        FAILS
    }

    public Command {
        args = List.copyOf(args);
        if (args.isEmpty()) {
            throw new IllegalArgumentException("a docker command needs arguments");
        }
    }

    public static Command perform(String... args) {
        return new Command(List.of(args), Kind.DO);
    }

    public static Command see(String... args) {
        return new Command(List.of(args), Kind.SEE);
    }

    public static Command attempt(String... args) {
        return new Command(List.of(args), Kind.TRY);
    }

    public static Command performToFail(String... args) {
        return new Command(List.of(args), Kind.FAILS);
    }

    /** The line to type in a POSIX shell, quoted so it runs as is (the same quoting as the journal's lines). */
    public String cliLine() {
        return "docker " + ShellQuote.join(args);
    }
}
