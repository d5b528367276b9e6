package io.dockyard.testing;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Generators of text a person, a pasted line or a damaged file could hand a parser: control
 * characters, quotes, backslashes, separators ({@code = : / @ [ ]}), numbers just out of range,
 * unicode (accents, wide digits, emoji, right-to-left marks, lone surrogates), empty and very
 * long text. Property tests build their inputs from these pieces rather than from uniform noise,
 * which would almost never reach the interesting branches.
 */
public final class Hostile {
    /** Characters that parsers treat specially, or that people paste without seeing them. */
    public static final String SPECIALS = " \t\n\r\u000b\f\u0000\u0007\u001b\u007f'\"`\\=:/@[]{}()<>-_.,;!?#$%&*+~^|"
            + "\u00a0\u00e9\u00fc\u00df\u0130\u0131\u4e2d\u0663\uff18\u200b\u200e\u202e\ufeff\ufffd";

    /** Pieces that mean something to one of Dockyard's parsers. */
    private static final List<String> ATOMS = List.of("", " ", "-", "--", "=", ":", "::", "/", "//", "@", "[", "]",
            "[::1]", "::1", "fe80::1%eth0", "0", "00", "1", "80", "8080", "65535", "65536", "70000", "-1", "+1",
            "2147483647", "2147483648", "-2147483648", "99999999999999999999", "1e9", "0x50", "\u0668\u0660",
            "\uff18\uff10", "127.0.0.1", "0.0.0.0", "300.1.1.1", "localhost", "a", "ab", "web", "Web", "ro", "rw", "rx",
            "tcp", "udp", "sctp", "http", "unix", "tcp://", "unix://", "sha256:", "a".repeat(64), "'", "\"", "\\",
            "\\\\", "$HOME", "`id`", "\n", "\t", "\u0000", "\u00e9", "\ud83d\udc33", "\ud800", "\u202e", "on-failure",
            "always", "no", "LABEL", "KEY", "x=y");

    private Hostile() {
    }

    /** Any of the kinds of hostile text below; at most a few hundred characters unless {@link #veryLong}. */
    public static Gen<String> text() {
        return Gen.weighted(List.of(4, 3, 1, 1), List.of(joinedAtoms(), specialChars(), anyChars(), veryLong()));
    }

    /** Meaningful pieces run together: "8080:-1", "[::1]::80/tcp", "x=y'\\"… */
    public static Gen<String> joinedAtoms() {
        return Gen.text(r -> {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(9); n > 0; n--) {
                b.append(ATOMS.get(r.nextInt(ATOMS.size())));
            }
            return b.toString();
        });
    }

    /** Short strings of letters, digits and the specials, weighted towards the specials. */
    public static Gen<String> specialChars() {
        return Gen.strings(SPECIALS + "abcdefghijklmnopqrstuvwxyz0123456789AZ", 24);
    }

    /** Any UTF-16 units at all, surrogate halves included. */
    public static Gen<String> anyChars() {
        return Gen.text(r -> {
            StringBuilder b = new StringBuilder();
            for (int n = r.nextInt(41); n > 0; n--) {
                b.append((char) r.nextInt(0x10000));
            }
            return b.toString();
        });
    }

    /** Thousands of characters: a pasted file, a held-down key. */
    public static Gen<String> veryLong() {
        return Gen.text(r -> {
            String atom = ATOMS.get(1 + r.nextInt(ATOMS.size() - 1));
            int n = 500 + r.nextInt(4500);
            return atom.repeat(Math.max(1, n / atom.length()));
        });
    }

    /** Hostile text without NUL: what an environment variable or a command-line word can hold. */
    public static Gen<String> textWithoutNul() {
        return text().filter(s -> s.indexOf('\u0000') < 0);
    }

    /**
     * What a refusal must be: words for a person, present and not blank, and well-formed text
     * (no half of a surrogate pair cut off) whenever what was typed was well-formed.
     */
    public static void assertRefusalInWords(String input, String problem) {
        assertNotNull(problem, "a refusal without words for: " + input);
        assertFalse(problem.isBlank(), "a blank refusal for: " + input);
        if (wellFormed(input)) {
            assertFalse(!wellFormed(problem), "the refusal splits a character in two: " + problem);
        }
    }

    /** True when every surrogate in {@code s} is one half of a pair. */
    public static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
