package io.dockyard.testing;

import org.junit.jupiter.api.Assumptions;

import java.util.Locale;

/**
 * The one rule for "is this CI", and what a test does when something it needs is missing.
 *
 * <p>CI is on when the environment variable {@code CI} is set to anything but empty, {@code false}
 * or {@code 0} (any case): {@code .ci/run} and the usual CI services set {@code CI=true}, and a
 * developer can write {@code CI=false} to switch it off again. Under CI a missing engine fails the
 * run; elsewhere the test is skipped, with a line on stderr that nobody can miss.
 */
public final class TestEnv {
    private TestEnv() {
    }

    /** True when this run is CI, by the rule above. */
    public static boolean isCi() {
        return isCi(System.getenv("CI"));
    }

    /** The rule itself, for the value of {@code CI} (null when unset). */
    static boolean isCi(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return !v.isEmpty() && !v.equals("false") && !v.equals("0");
    }

    /**
     * Something the test needs (an engine, a dockerd binary) is not here: under CI this fails the
     * test, elsewhere it skips it loudly. Never returns normally.
     *
     * @param missing what is missing and where, e.g. "no Docker engine answers at unix:///var/run/docker.sock"
     */
    public static AssertionError missing(String missing) {
        if (isCi()) {
            throw new AssertionError(missing + " (CI is set, so the engine tests must run)");
        }
        System.err.println("\n!!!!! SKIPPING ENGINE TESTS: " + missing + " (CI is not set) !!!!!\n");
        Assumptions.abort(missing);
        throw new AssertionError("unreachable: abort always throws");
    }
}
