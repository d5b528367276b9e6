package io.dockyard.testing;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Runs a property over many generated inputs inside a plain JUnit test. A failing input is
 * shrunk to the smallest one that still fails, and the failure names it, the first input and the
 * seed; {@code -Dprops.seed=N} replays a run exactly. Each run draws a new seed otherwise, so the
 * inputs tried grow from run to run.
 */
public final class Props {
    /** The default number of inputs per property. */
    public static final int TRIES = 1000;
    private static final int SHRINK_STEPS = 2000;

    /** What a property checks of one input; any throwable is a failure. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T value) throws Exception;
    }

    private Props() {
    }

    public static <T> void forAll(Gen<T> gen, Check<T> property) {
        forAll(TRIES, gen, property);
    }

    /** @return how many inputs were tried (all of them: a failure throws) */
    public static <T> int forAll(int tries, Gen<T> gen, Check<T> property) {
        long seed = seed();
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            T value = gen.next(random);
            Throwable failure = failure(property, value);
            if (failure != null) {
                throw report(gen, property, value, failure, i + 1, seed);
            }
        }
        return tries;
    }

    private static long seed() {
        String given = System.getProperty("props.seed");
        return given == null || given.isBlank() ? new Random().nextLong() : Long.parseLong(given.trim());
    }

    private static <T> Throwable failure(Check<T> property, T value) {
        try {
            property.accept(value);
            return null;
        } catch (Throwable t) { // StackOverflowError and the like are exactly what a property looks for
            return t;
        }
    }

    private static <T> AssertionError report(Gen<T> gen, Check<T> property, T first, Throwable firstFailure,
                                             int tries, long seed) {
        T smallest = first;
        Throwable smallestFailure = firstFailure;
        for (int step = 0; step < SHRINK_STEPS; step++) {
            boolean smaller = false;
            Iterator<T> candidates = gen.shrink(smallest).limit(300).iterator();
            while (candidates.hasNext()) {
                T candidate = candidates.next();
                Throwable f = failure(property, candidate);
                if (f != null) {
                    smallest = candidate;
                    smallestFailure = f;
                    smaller = true;
                    break;
                }
            }
            if (!smaller) {
                break;
            }
        }
        AssertionError error = new AssertionError("property failed on try " + tries + " (rerun with -Dprops.seed="
                + seed + ")\n  smallest failing input: " + show(smallest) + "\n  first failing input:   " + show(first)
                + "\n  failure: " + smallestFailure, smallestFailure);
        return error;
    }

    /** A value as Java would write it, so a counter-example can be pasted into a test. */
    public static String show(Object value) {
        if (value instanceof String s) {
            return quoted(s);
        }
        if (value instanceof byte[] bytes) {
            return quoted(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)) + ".getBytes(UTF_8)";
        }
        if (value instanceof java.util.Map<?, ?> map) {
            return "Map.of(" + String.join(", ", map.entrySet().stream()
                    .map(e -> show(e.getKey()) + ", " + show(e.getValue())).toList()) + ")";
        }
        if (value instanceof List<?> list) {
            return "List.of(" + String.join(", ", list.stream().map(Props::show).toList()) + ")";
        }
        return String.valueOf(value);
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        String shown = s.length() > 400 ? s.substring(0, 400) : s;
        for (char c : shown.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
        return s.length() > 400 ? b + " + … (" + s.length() + " characters)" : b.toString();
    }
}
