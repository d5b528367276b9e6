package io.dockyard.learn;

import io.dockyard.actions.BuildImage;
import io.dockyard.actions.Intent;
import io.dockyard.actions.ui.ActionRunner;
import io.dockyard.engine.EngineCommands.Outcome;
import io.dockyard.journal.JournalEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * "Show me" through the app's own actions: each lesson command that is an action intent (see
 * {@link LessonIntents}) is journaled and performed by the {@link ActionRunner}, like a gesture.
 * The few that have no intent yet go to the fallback performer (the docker CLI), and are still
 * written in the journal with their outcome. Call on the UI thread, as the coach does.
 */
public final class ActionsStepPerformer implements StepPerformer {
    private final ActionRunner actions;
    private final StepPerformer fallback;

    public ActionsStepPerformer(ActionRunner actions, StepPerformer fallback) {
        this.actions = actions;
        this.fallback = fallback;
    }

    @Override
    public CompletableFuture<String> perform(List<String> dockerArgs) {
        Intent intent = LessonIntents.of(dockerArgs).orElse(null);
        if (intent instanceof BuildImage build) {
            return actions.build(build, progress -> { }).thenApply(Outcome::summary);
        }
        if (intent != null) {
            return actions.perform(intent).thenApply(Outcome::summary);
        }
        JournalEntry entry = actions.journal().record(new Typed(dockerArgs));
        CompletableFuture<String> done = new CompletableFuture<>();
        fallback.perform(dockerArgs).whenComplete((out, failure) -> actions.ui().execute(() -> {
            if (failure == null) {
                entry.succeeded(firstLine(out));
                done.complete(out);
            } else {
                entry.failed(ActionRunner.message(failure));
                done.completeExceptionally(failure);
            }
        }));
        return done;
    }

    private static String firstLine(String out) {
        String trimmed = out == null ? "" : out.trim();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl);
    }

    /** A lesson command with no intent of its own, for the journal: its words, as typed. */
    private record Typed(List<String> args) implements Intent {
        @Override
        public List<String> cliArgs() {
            List<String> all = new ArrayList<>(List.of("docker"));
            all.addAll(args);
            return all;
        }
    }
}
