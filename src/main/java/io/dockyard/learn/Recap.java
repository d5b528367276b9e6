package io.dockyard.learn;

/**
 * What a finished lesson leaves the learner with, tied to one row of the comparison.
 *
 * @param row  the comparison row the lesson illustrates
 * @param text two or three sentences of our own
 */
public record Recap(ComparisonRow row, String text) {
}
