package io.dockyard.learn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A short way to write steps in the lesson catalogue. */
final class StepBuilder {
    private final String title;
    private final String text;
    private final List<Command> commands = new ArrayList<>();
    private final List<ProbeRequest> probes = new ArrayList<>();
    private final List<Hint> hints = new ArrayList<>();
    private final List<String> highlight = new ArrayList<>();
    private Check check;

    private StepBuilder(String title, String text) {
        this.title = title;
        this.text = text;
    }

    static StepBuilder step(String title, String text) {
        return new StepBuilder(title, text);
    }

    /** Flattens strings and lists of strings into one argument list. */
    static String[] args(Object... parts) {
        List<String> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Collection<?> many) {
                many.forEach(x -> out.add(String.valueOf(x)));
            } else {
                out.add(String.valueOf(p));
            }
        }
        return out.toArray(String[]::new);
    }

    StepBuilder perform(Object... parts) {
        commands.add(Command.perform(args(parts)));
        return this;
    }

    /** A command the step runs that is meant to fail: "show me" runs it, and its failure is the point. */
    StepBuilder performToFail(Object... parts) {
        commands.add(Command.performToFail(args(parts)));
        return this;
    }

    StepBuilder see(Object... parts) {
        commands.add(Command.see(args(parts)));
        return this;
    }

    StepBuilder attempt(Object... parts) {
        commands.add(Command.attempt(args(parts)));
        return this;
    }

    StepBuilder check(Check c) {
        this.check = c;
        return this;
    }

    StepBuilder probe(ProbeRequest... requests) {
        probes.addAll(List.of(requests));
        return this;
    }

    StepBuilder hintAfter(int seconds, String hint) {
        hints.add(Hint.after(Duration.ofSeconds(seconds), hint));
        return this;
    }

    StepBuilder hintOnMistake(Check mistake, String hint) {
        hints.add(Hint.onMistake(mistake, hint));
        return this;
    }

    StepBuilder highlight(String... refs) {
        highlight.addAll(List.of(refs));
        return this;
    }

    Step build() {
        if (check == null) {
            throw new IllegalStateException("step '" + title + "' has no check");
        }
        return new Step(title, text, commands, check, probes, hints, highlight);
    }
}
