package io.dockyard.learn;

/** A pure test of whether a step is done. No engine calls, no clocks: everything comes in the input. */
@FunctionalInterface
public interface Check {
    boolean test(CheckInput in);

    default Check and(Check other) {
        return in -> test(in) && other.test(in);
    }

    default Check or(Check other) {
        return in -> test(in) || other.test(in);
    }

    default Check negate() {
        return in -> !test(in);
    }
}
