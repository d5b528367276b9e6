package io.dockyard.app;

import io.dockyard.actions.ui.ActionRunner;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.BuildImage;
import io.dockyard.intent.CliIntents;
import io.dockyard.intent.Intent;
import io.dockyard.intent.Parsed;
import io.dockyard.learn.StepPerformer;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Does a lesson's "show me" and "reset lesson" commands through the app's own actions: each set
 * of docker words is read into an {@link Intent} and handed to the {@link ActionRunner}, so the
 * journal shows its command line and outcome as for any gesture. Builds go through
 * {@link ActionRunner#build}. Words Dockyard cannot perform fail without reaching the engine.
 */
public final class JournalStepPerformer implements StepPerformer {
    private final ActionRunner runner;

    public JournalStepPerformer(ActionRunner runner) {
        this.runner = runner;
    }

    /**
     * May be called on any thread; the action starts on the runner's UI executor.
     *
     * @return the command's output (or the journal's short summary when it prints nothing); fails
     * with the engine's words when the engine refuses
     */
    @Override
    public CompletableFuture<String> perform(List<String> dockerArgs) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Parsed<Intent> parsed = CliIntents.parse(dockerArgs);
        if (!parsed.isOk()) {
            result.completeExceptionally(new StepRefused(parsed.problem()));
            return result;
        }
        runner.ui().execute(() -> {
            try {
                start(parsed.value()).whenComplete((outcome, failure) -> {
                    if (failure == null) {
                        result.complete(outcome.output().isEmpty() ? outcome.summary() : outcome.output());
                    } else {
                        result.completeExceptionally(new StepRefused(ActionRunner.message(failure)));
                    }
                });
            } catch (RuntimeException e) {
                result.completeExceptionally(new StepRefused(ActionRunner.message(e)));
            }
        });
        return result;
    }

    private CompletableFuture<Outcome> start(Intent intent) {
        if (intent instanceof BuildImage build) {
            return runner.build(build, progress -> { });
        }
        return runner.perform(intent);
    }

    /** A command that did not succeed, in the words shown to the learner. */
    public static final class StepRefused extends RuntimeException {
        public StepRefused(String message) {
            super(message, null, false, false);
        }
    }
}
