package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/** The words of a typed docker command, read from left to right. */
final class CliWords {
    private final List<String> words;
    private int at;

    CliWords(List<String> words) {
        this.words = List.copyOf(words);
    }

    boolean atOption() {
        return at < words.size() && words.get(at).startsWith("-") && words.get(at).length() > 1;
    }

    String next(String what) {
        if (at >= words.size()) {
            throw new CliRefusal(words.isEmpty() ? "No docker command given." : "Missing " + what + " at the end of: docker "
                    + String.join(" ", words));
        }
        return words.get(at++);
    }

    String value(String option) {
        return next("the value of " + option);
    }

    String operand(String command, String what) {
        if (atOption()) {
            throw CliIntents.unknown(command, words.get(at));
        }
        return next(what);
    }

    List<String> rest() {
        List<String> rest = new ArrayList<>(words.subList(at, words.size()));
        at = words.size();
        return rest;
    }

    void end() {
        if (at < words.size()) {
            throw new CliRefusal("Unexpected word after the command: " + words.get(at));
        }
    }
}
