package io.dockyard.intent;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Quotes words for a POSIX shell so that {@code sh -c} splits a line back into exactly the same
 * words. Words made only of characters no shell treats specially are left bare, so the journal
 * reads like what a person would type.
 */
public final class ShellQuote {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuote() {
    }

    /** One word, quoted only when it needs to be. */
    public static String quote(String word) {
        if (word.isEmpty()) {
            return "''";
        }
        if (SAFE.matcher(word).matches()) {
            return word;
        }
        // inside single quotes nothing is special except the closing quote itself
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Words joined by single spaces, each quoted as needed. */
    public static String join(List<String> words) {
        return words.stream().map(ShellQuote::quote).collect(Collectors.joining(" "));
    }
}
