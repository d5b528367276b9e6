package io.dockyard.journal;

import io.dockyard.intent.StopContainer;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ContainerChanged;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The journal shows command, outcome and copy; the feed marks what no journal line explains. */
@Timeout(60)
class JournalViewTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static ContainerChanged event(ContainerAction action, String id, String name, Map<String, String> more) {
        java.util.Map<String, String> attributes = new java.util.HashMap<>(more);
        attributes.put("name", name);
        return new ContainerChanged(action, id, Instant.now(), 0, attributes, null);
    }

    @Test
    void journalLinesOutcomesAndTheLiveFeed() {
        CommandJournal journal = new CommandJournal(Clock.systemUTC());
        JournalView[] view = new JournalView[1];
        robot.interact(() -> {
            view[0] = new JournalView(journal);
            JournalEntry stop = journal.record(new StopContainer("web server", 1));
            stop.succeeded("stopped");
            journal.refused(new io.dockyard.intent.RemoveImage("app:1", false), "not sent: in use by 2 containers");
            view[0].showEvents(List.<EngineEvent>of(
                    event(ContainerAction.DIE, "a".repeat(64), "web server", Map.of("exitCode", "137")),
                    event(ContainerAction.PAUSE, "b".repeat(64), "sleepy_turing", Map.of())));
        });
        assertEquals("docker stop -t 1 'web server'", journal.entries().get(0).cliLine());
        assertEquals(JournalEntry.Status.FAILED, journal.entries().get(1).status());
        List<String> lines = view[0].eventLines();
        assertTrue(lines.get(0).endsWith("container die web server exit 137"), lines.get(0));
        assertTrue(lines.get(1).endsWith("container pause sleepy_turing (another client)"), lines.get(1));

        robot.interact(() -> {
            view[0].list().getSelectionModel().select(0);
            view[0].copySelected();
            assertEquals("docker stop -t 1 'web server'", Clipboard.getSystemClipboard().getString());
        });
    }
}
