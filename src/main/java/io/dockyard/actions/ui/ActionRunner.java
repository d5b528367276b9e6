package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands;
import io.dockyard.engine.api.EngineCommands.BuildProgress;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.engine.api.EngineCommands.PullProgress;
import io.dockyard.intent.BuildImage;
import io.dockyard.intent.CliTarget;
import io.dockyard.intent.HostPorts;
import io.dockyard.intent.Intent;
import io.dockyard.intent.PullImage;
import io.dockyard.intent.RunForm;
import io.dockyard.journal.CommandJournal;
import io.dockyard.journal.JournalEntry;
import io.dockyard.model.EngineState;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where every gesture goes: the intent is written to the journal as its docker command, sent to
 * the engine, and its outcome written back. Answers and progress arrive on the UI executor.
 */
public final class ActionRunner {
    private final EngineCommands commands;
    private final CommandJournal journal;
    private final Supplier<EngineState> state;
    private final Executor ui;
    /** The CLI flags that aim a journal line at this runner's engine; empty with one engine. */
    private final Supplier<String> target;

    /**
     * @param commands the engine
     * @param journal  where each command line goes
     * @param state    the newest engine state (for checks such as "which containers use this image")
     * @param ui       runs callbacks on the UI thread (in tests: {@code Runnable::run})
     */
    public ActionRunner(EngineCommands commands, CommandJournal journal, Supplier<EngineState> state, Executor ui) {
        this(commands, journal, state, ui, () -> "");
    }

    /**
     * @param target the CLI flags ({@code --context NAME}, {@code -H HOST}) that its journal lines
     *               carry while more than one engine is shown, empty otherwise; asked per line
     */
    public ActionRunner(EngineCommands commands, CommandJournal journal, Supplier<EngineState> state, Executor ui,
                        Supplier<String> target) {
        this.commands = commands;
        this.journal = journal;
        this.state = state;
        this.ui = ui;
        this.target = target;
    }

    public EngineCommands commands() {
        return commands;
    }

    public EngineState state() {
        return state.get();
    }

    public Executor ui() {
        return ui;
    }

    public CommandJournal journal() {
        return journal;
    }

    /** A command line as it reaches this runner's engine from a terminal: with its flags while several engines are shown. */
    public String aimed(String cliLine) {
        return CliTarget.onto(cliLine, target.get());
    }

    /** Journals and performs the intent. Call on the UI thread; the future completes there. */
    public CompletableFuture<Outcome> perform(Intent intent) {
        return track(journal.record(intent, target.get()), commands.perform(intent));
    }

    /** Pulls with per-layer progress on the UI thread. Cancel the future to stop. */
    public CompletableFuture<Outcome> pull(PullImage pull, Consumer<PullProgress> progress) {
        return track(journal.record(pull, target.get()), commands.pull(pull, p -> ui.execute(() -> progress.accept(p))));
    }

    /** Builds with streamed output on the UI thread. Cancel the future to stop. */
    public CompletableFuture<Outcome> build(BuildImage build, Consumer<BuildProgress> progress) {
        return track(journal.record(build, target.get()), commands.build(build, p -> ui.execute(() -> progress.accept(p))));
    }

    /**
     * Checks a "Run with options…" form against Docker's rules and the current state; only a
     * form without problems reaches the journal and the engine.
     */
    public Submission submit(RunForm form, HostPorts hostPorts) {
        RunForm.Check check = form.check(state.get(), hostPorts);
        if (!check.isOk()) {
            return new Submission(check, null);
        }
        return new Submission(check, perform(check.intent()));
    }

    /** A checked form and, when it passed, the running action. */
    public record Submission(RunForm.Check check, CompletableFuture<Outcome> outcome) {
        public boolean sent() {
            return outcome != null;
        }
    }

    /** Notes a command Dockyard refused to send, with the reason. */
    public void refuse(Intent intent, String reason) {
        journal.refused(intent, target.get(), reason);
    }

    /** Runs a query (logs, diff …) and hands its answer over on the UI thread. */
    public <T> CompletableFuture<T> onUi(CompletableFuture<T> engineCall) {
        CompletableFuture<T> onUi = new CompletableFuture<>();
        engineCall.whenComplete((value, failure) -> ui.execute(() -> {
            if (failure == null) {
                onUi.complete(value);
            } else {
                onUi.completeExceptionally(unwrap(failure));
            }
        }));
        cancelsTheCall(onUi, engineCall);
        return onUi;
    }

    /** Cancelling {@code onUi} cancels the engine call behind it. */
    private static void cancelsTheCall(CompletableFuture<?> onUi, CompletableFuture<?> engineCall) {
        onUi.whenComplete((v, e) -> {
            if (onUi.isCancelled()) {
                engineCall.cancel(true);
            }
        });
    }

    /**
     * Like {@link #onUi}, with the outcome written in the journal entry first: whoever waits on the
     * returned future finds it recorded. The entry says what the engine did: an action cancelled
     * too late to stop it is recorded as done.
     */
    private CompletableFuture<Outcome> track(JournalEntry entry, CompletableFuture<Outcome> engineCall) {
        CompletableFuture<Outcome> onUi = new CompletableFuture<>();
        engineCall.whenComplete((outcome, failure) -> ui.execute(() -> {
            if (failure == null) {
                entry.succeeded(outcome.summary());
                onUi.complete(outcome);
                return;
            }
            Throwable cause = unwrap(failure);
            if (cause instanceof CancellationException || onUi.isCancelled()) {
                entry.cancelled();
            } else {
                entry.failed(message(cause));
            }
            onUi.completeExceptionally(cause);
        }));
        cancelsTheCall(onUi, engineCall);
        return onUi;
    }

    /** The words to show for a failure. */
    public static String message(Throwable failure) {
        Throwable t = unwrap(failure);
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
