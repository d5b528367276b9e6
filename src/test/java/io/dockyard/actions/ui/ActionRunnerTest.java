package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.PullImage;
import io.dockyard.journal.CommandJournal;
import io.dockyard.journal.JournalEntry.Status;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journal is the record: it has an action's outcome before anyone waiting on the action hears it. */
class ActionRunnerTest {
    private final CommandJournal journal = new CommandJournal(Clock.systemUTC());
    private final CompletableFuture<Outcome> engineCall = new CompletableFuture<>();
    private final ActionRunner runner = new ActionRunner(pullingInto(engineCall), journal,
            () -> EngineState.empty(Connection.connecting("", "")), Runnable::run);

    @Test
    void aFailureIsJournaledBeforeTheCallerHearsOfIt() {
        List<Status> seenByCaller = new ArrayList<>();
        runner.pull(new PullImage("busybox:1.36"), p -> { })
                .whenComplete((outcome, failure) -> seenByCaller.add(status()));

        engineCall.completeExceptionally(new IllegalStateException("No registry could be reached"));

        assertEquals(List.of(Status.FAILED), seenByCaller);
        assertEquals("No registry could be reached", journal.entries().get(0).outcome());
    }

    @Test
    void aSuccessIsJournaledBeforeTheCallerHearsOfIt() {
        List<Status> seenByCaller = new ArrayList<>();
        runner.pull(new PullImage("busybox:1.36"), p -> { })
                .whenComplete((outcome, failure) -> seenByCaller.add(status()));

        engineCall.complete(new Outcome("pulled", "sha256:1", ""));

        assertEquals(List.of(Status.SUCCEEDED), seenByCaller);
    }

    @Test
    void cancellingTheActionCancelsTheEngineCallAndTheJournalSaysSo() {
        CompletableFuture<Outcome> pull = runner.pull(new PullImage("busybox:1.36"), p -> { });
        assertEquals(Status.PENDING, status());

        pull.cancel(true);

        assertTrue(engineCall.isCancelled(), "the engine call is stopped");
        assertEquals(Status.CANCELLED, status());
    }

    private Status status() {
        return journal.entries().get(journal.entries().size() - 1).status();
    }

    /** Engine commands that answer a pull with the given call; nothing else is used here. */
    private static EngineCommands pullingInto(CompletableFuture<Outcome> call) {
        return (EngineCommands) Proxy.newProxyInstance(EngineCommands.class.getClassLoader(),
                new Class<?>[] {EngineCommands.class}, (proxy, method, args) -> {
                    if (method.getName().equals("pull")) {
                        return call;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
