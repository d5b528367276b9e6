package io.dockyard.journal;

import io.dockyard.intent.ShellQuote;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.Ids;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The live feed of engine events, newest at the bottom. Events no recent journal command
 * explains are marked as coming from another client (a terminal, a script).
 */
final class EventFeedView extends VBox {
    private static final int KEEP = 500;
    private static final Duration OURS_WINDOW = Duration.ofSeconds(20);

    /** One feed row. */
    record Row(String time, String text, boolean foreign) {
    }

    private final ListView<Row> list = new ListView<>();
    private final CommandJournal journal;

    EventFeedView(CommandJournal journal) {
        this.journal = journal;
        Label title = new Label("ENGINE EVENTS — live, from every client");
        title.getStyleClass().add("journal-title");
        list.setId("engine-events");
        list.getStyleClass().add("event-feed");
        list.setCellFactory(v -> new RowCell());
        list.setPlaceholder(new Label("Events appear here as the engine reports them."));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        getStyleClass().add("journal-half");
    }

    ListView<Row> list() {
        return list;
    }

    /** @param engine the engine's name to lead each line with, or empty */
    void show(List<EngineEvent> events, String engine) {
        String lead = engine.isEmpty() ? "" : "[" + engine + "]  ";
        for (EngineEvent e : events) {
            if (!EventLines.isShown(e)) {
                continue;
            }
            list.getItems().add(new Row(EventLines.time(e), lead + EventLines.text(e), isForeign(e)));
        }
        if (list.getItems().size() > KEEP) {
            list.getItems().remove(0, list.getItems().size() - KEEP);
        }
        if (!list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }

    /** A container event is ours when a recent journal line names the container or made it. */
    private boolean isForeign(EngineEvent e) {
        if (!(e instanceof ContainerChanged c)) {
            return false;
        }
        String name = c.attribute("name");
        String shortId = Ids.shortId(c.containerId());
        Instant since = e.time().minus(OURS_WINDOW);
        for (int i = journal.entries().size() - 1; i >= 0; i--) {
            JournalEntry j = journal.entries().get(i);
            if (j.at().isBefore(since)) {
                break;
            }
            // the journal line holds the name as a shell word, quoted if it needs quoting
            boolean names = !name.isEmpty() && (" " + j.cliLine() + " ").contains(" " + ShellQuote.quote(name) + " ");
            // a run explains the create and start of the container it made, not what happens to it later
            boolean creating = c.action() == EngineEvent.ContainerAction.CREATE
                    || c.action() == EngineEvent.ContainerAction.START;
            boolean made = creating && isRun(j.cliLine()) && (j.outcome().contains(shortId)
                    || j.status() == JournalEntry.Status.PENDING);
            if (names || made || j.cliLine().contains(shortId)) {
                return false;
            }
        }
        return true;
    }

    /** {@code docker run …}, also when aimed at an engine ({@code docker -H HOST run …}). */
    private static boolean isRun(String line) {
        return line.startsWith("docker run") || line.startsWith("docker ") && line.contains(" run ");
    }

    private static final class RowCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("event-foreign");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.time() + "  " + row.text() + (row.foreign() ? "  (another client)" : ""));
            if (row.foreign()) {
                getStyleClass().add("event-foreign");
            }
        }
    }
}
