package io.dockyard.actions.ui;

import io.dockyard.engine.CommandsFixture;
import io.dockyard.engine.EngineFeed;
import io.dockyard.engine.api.CommandFailed;
import io.dockyard.intent.BadInputs;
import io.dockyard.intent.HostPorts;
import io.dockyard.intent.RunForm;
import io.dockyard.journal.CommandJournal;
import io.dockyard.journal.JournalEntry;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.LiveFeed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input never changes the engine: refused with a message before sending, or refused by the engine in its words. */
@Timeout(180)
class BadInputsIT {
    private static CommandsFixture f;
    private static EngineStore store;
    private static EngineFeed feed;
    private static ActionRunner runner;
    private static CommandJournal journal;
    private static String image;

    @BeforeAll
    static void open() {
        f = new CommandsFixture();
        LiveFeed live = LiveFeed.start(f.engine.endpoint(), Runnable::run);
        store = live.store();
        feed = live.feed();
        journal = new CommandJournal(Clock.systemUTC());
        runner = new ActionRunner(f.commands, journal, store::current, Runnable::run);
        image = "dockyard-test/bad-" + f.engine.runId() + ":1";
        f.engine.build(image, "CMD [\"sleep\", \"300\"]");
    }

    @AfterAll
    static void close() {
        if (feed != null) {
            feed.close();
            store.close();
        }
        if (f != null) {
            f.close();
        }
    }

    /** What this test owns on the engine: its labelled containers and images, and every container of its image. */
    private static String owned() {
        return f.engine.docker("ps", "-a", "--no-trunc", "--filter", "label=" + f.engine.label(), "--format",
                "{{.ID}} {{.Names}} {{.State}}") + "\n" + f.engine.docker("ps", "-a", "--no-trunc", "--filter",
                "ancestor=" + image, "--format", "{{.ID}} {{.Names}} {{.State}}") + "\n"
                + f.engine.docker("images", "-a", "--no-trunc", "--filter", "label=" + f.engine.label(), "--format",
                "{{.ID}} {{.Repository}}:{{.Tag}}");
    }

    @Test
    void everyBadInputIsRefusedWithItsMessageAndTheEngineIsUnchanged() throws Exception {
        String taken = "bad-taken-" + f.engine.runId();
        String publishedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            publishedPort = String.valueOf(probe.getLocalPort());
        }
        f.engine.runDetached("--name", taken, "-p", publishedPort + ":80", image);
        Await.until(Duration.ofSeconds(5), () -> store.current().findContainer(taken)
                .filter(c -> !c.ports().isEmpty()).isPresent(), () -> "feed has not seen " + taken);
        String before = owned();
        try (ServerSocket busy = new ServerSocket(0)) {
            List<BadInputs.Case> cases = BadInputs.all(image, taken, Integer.parseInt(publishedPort),
                    busy.getLocalPort());
            assertTrue(cases.size() > 50, cases.size() + " cases");
            submitEachAndSeeItRefused(cases);
        }
        assertEquals(before, owned());
    }

    private static void submitEachAndSeeItRefused(List<BadInputs.Case> cases) {
        int journalBefore = journal.entries().size();
        for (BadInputs.Case c : cases) {
            RunForm labelled = new RunForm(c.form().image(), c.form().name(), c.form().ports(), c.form().env(),
                    c.form().volumes(), c.form().command(), c.form().restart(), c.form().autoRemove(), f.labels());
            ActionRunner.Submission s = runner.submit(labelled, HostPorts.system());
            assertFalse(s.sent(), c.what() + " reached the engine");
            assertTrue(s.check().problems().getOrDefault(c.field(), List.of()).stream()
                    .anyMatch(p -> p.contains(c.expected())), c.what() + ": " + s.check().problems());
        }
        assertEquals(journalBefore, journal.entries().size(), "nothing refused by the form is journalled as run");
    }

    @Test
    void aPortHeldByAnotherProgramIsSeenBeforeTheEngineIsAsked() throws Exception {
        try (ServerSocket held = new ServerSocket(0)) {
            String before = owned();
            RunForm form = new RunForm(image, "", held.getLocalPort() + ":80", "", "", "", "no", false, f.labels());
            ActionRunner.Submission s = runner.submit(form, HostPorts.system());
            assertFalse(s.sent());
            assertTrue(s.check().all().get(0).contains("in use on this machine by another program"), s.check().all().toString());
            assertEquals(before, owned());
        }
    }

    @Test
    void whatOnlyTheEngineKnowsComesBackInItsOwnWords() {
        String before = owned();
        RunForm missing = new RunForm("dockyard-test/not-here-" + f.engine.runId() + ":1", "", "", "", "", "", "no",
                false, f.labels());
        ActionRunner.Submission s = runner.submit(missing, HostPorts.system());
        assertTrue(s.sent());
        CommandFailed failed = f.failure(s.outcome());
        assertTrue(failed.getMessage().contains("No such image"), failed.getMessage());
        JournalEntry last = journal.entries().get(journal.entries().size() - 1);
        assertEquals(JournalEntry.Status.FAILED, last.status());
        assertTrue(last.outcome().contains("No such image"), last.outcome());
        assertEquals(before, owned());
    }

}
