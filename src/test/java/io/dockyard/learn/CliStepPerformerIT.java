package io.dockyard.learn;

import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(60)
class CliStepPerformerIT {
    @Test
    void runsTheCliAndJournalsEachLineWithItsOutcome() throws Exception {
        TestEngine engine = TestEngine.require();
        List<String> journal = new ArrayList<>();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            CliStepPerformer performer = new CliStepPerformer(engine.host(), executor,
                    (line, ok, outcome) -> journal.add((ok ? "ok " : "failed ") + line + " -> " + outcome));
            String version = performer.perform(List.of("version", "--format", "{{.Server.Version}}"))
                    .get(30, TimeUnit.SECONDS);
            assertFalse(version.isBlank());
            String missing = "dockyard-test/no-such-image-" + engine.runId() + ":1";
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> performer.perform(List.of("rmi", missing)).get(30, TimeUnit.SECONDS));
            assertTrue(failure.getCause().getMessage().contains("No such image"), failure.getCause().getMessage());
            assertEquals(2, journal.size());
            assertTrue(journal.get(0).startsWith("ok docker version --format '{{.Server.Version}}' -> "), journal.get(0));
            assertTrue(journal.get(1).startsWith("failed docker rmi " + missing + " -> "), journal.get(1));
        } finally {
            executor.shutdownNow();
        }
    }
}
