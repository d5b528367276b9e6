package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a POSIX shell would, for the quoting rules a person
 * types by hand: single quotes, double quotes (with {@code \"}, {@code \\}, {@code \$} and
 * {@code \`} escapes) and backslashes. Expansions ({@code $VAR}, globs) are not performed: the
 * words go to the container as typed, as {@code docker run image cmd…} passes them.
 */
public final class ShellWords {
    private ShellWords() {
    }

    /** The words, or a {@link Parsed} problem for an unclosed quote or a trailing backslash. */
    public static Parsed<List<String>> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else if (c == '\'') {
                int end = line.indexOf('\'', i + 1);
                if (end < 0) {
                    return Parsed.problem("The single quote at position " + (i + 1) + " is never closed.");
                }
                word.append(line, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                int end = readDoubleQuoted(line, i + 1, word);
                if (end < 0) {
                    return Parsed.problem("The double quote at position " + (i + 1) + " is never closed.");
                }
                inWord = true;
                i = end + 1;
            } else if (c == '\\') {
                if (i + 1 >= line.length()) {
                    return Parsed.problem("The line ends with a backslash that escapes nothing.");
                }
                word.append(line.charAt(i + 1));
                inWord = true;
                i += 2;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return Parsed.ok(words);
    }

    /** Appends the quoted text starting at {@code from}; returns the index of the closing quote or -1. */
    private static int readDoubleQuoted(String line, int from, StringBuilder word) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                return i;
            }
            if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                word.append(line.charAt(i + 1));
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        return -1;
    }
}
