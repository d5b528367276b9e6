package io.dockyard.learn;

import java.time.Duration;

/**
 * Help shown when the learner seems stuck: after some time on the step, or as soon as a wrong
 * move is seen (then {@code when} says what the wrong move looks like).
 *
 * @param after how long the step must have been current first
 * @param when  extra condition, such as "the file was written in the wrong container"; null for none
 * @param text  the hint, with the learner's names filled in
 */
public record Hint(Duration after, Check when, String text) {
    public static Hint after(Duration after, String text) {
        return new Hint(after, null, text);
    }

    public static Hint onMistake(Check mistake, String text) {
        return new Hint(Duration.ZERO, mistake, text);
    }

    boolean shows(Duration onStep, CheckInput in) {
        return onStep.compareTo(after) >= 0 && (when == null || when.test(in));
    }
}
