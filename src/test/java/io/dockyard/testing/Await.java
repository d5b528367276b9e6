package io.dockyard.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.concurrent.locks.LockSupport;

/** Polls a condition until a deadline instead of sleeping for a guessed time. */
public final class Await {
    private Await() {
    }

    /** Waits until the condition holds; returns how long it took. Fails with the message otherwise. */
    public static Duration until(Duration limit, BooleanSupplier condition, Supplier<String> whyNot) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            LockSupport.parkNanos(2_000_000); // a short pause between polls, not a guess at a duration
        }
        if (condition.getAsBoolean()) {
            return Duration.ofNanos(System.nanoTime() - start);
        }
        throw new AssertionError("Not within " + limit.toMillis() + " ms: " + whyNot.get());
    }
}
