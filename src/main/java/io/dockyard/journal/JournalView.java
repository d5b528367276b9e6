package io.dockyard.journal;

import io.dockyard.model.EngineEvent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The bottom panel: on the left every action as the docker command it equals, with its outcome
 * (list id {@code journal}); on the right the engine's events as they arrive, from every client.
 * Feed it engine events with {@link #showEvents}, on the UI thread.
 */
public final class JournalView extends HBox {
    private final CommandJournal journal;
    private final ListView<JournalEntry> list = new ListView<>();
    private final EventFeedView feed;

    public JournalView(CommandJournal journal) {
        this.journal = journal;
        this.feed = new EventFeedView(journal);
        createView();
        initListeners();
    }

    private void createView() {
        getStyleClass().add("journal-view");
        getStylesheets().add(JournalView.class.getResource("journal.css").toExternalForm());
        Label title = new Label("JOURNAL — what you did, as docker commands");
        title.getStyleClass().add("journal-title");
        list.setId("journal");
        list.setItems(journal.entries());
        list.setCellFactory(v -> new EntryCell());
        list.setPlaceholder(new Label("Each thing you do appears here as the docker command that does the same."));
        MenuItem copy = new MenuItem("Copy command");
        copy.setAccelerator(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN));
        copy.setOnAction(e -> copySelected());
        list.setContextMenu(new ContextMenu(copy));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox left = new VBox(title, list);
        left.getStyleClass().add("journal-half");
        Region divider = new Region();
        divider.getStyleClass().add("journal-divider");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(feed, Priority.ALWAYS);
        left.setPrefWidth(1);
        feed.setPrefWidth(1);
        getChildren().addAll(left, divider, feed);
    }

    private void initListeners() {
        list.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelected();
                e.consume();
            }
        });
        journal.entries().addListener((javafx.collections.ListChangeListener<JournalEntry>) c -> {
            if (!journal.entries().isEmpty()) {
                list.scrollTo(journal.entries().size() - 1);
            }
        });
    }

    /** Appends engine events to the live feed. Call on the UI thread. */
    public void showEvents(List<EngineEvent> events) {
        feed.show(events, "");
    }

    /** Appends one engine's events, each line led by the engine's name (while several are shown). */
    public void showEvents(List<EngineEvent> events, String engine) {
        feed.show(events, engine);
    }

    /** The command line of the selected entry, copied for pasting into a terminal. */
    public void copySelected() {
        JournalEntry selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(selected.cliLine());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }

    public ListView<JournalEntry> list() {
        return list;
    }

    /** Rows of the event feed as shown, for tests and the lesson checks. */
    public List<String> eventLines() {
        return feed.list().getItems().stream().map(r -> r.time() + " " + r.text() + (r.foreign() ? " (another client)" : ""))
                .toList();
    }

    /** One journal row: the command, then its outcome coloured by how it ended. */
    private static final class EntryCell extends ListCell<JournalEntry> {
        private final Label line = new Label();
        private final Label outcome = new Label();
        private final HBox box = new HBox(line, outcome);
        private JournalEntry shown;
        private final javafx.beans.value.ChangeListener<Object> refresh = (o, a, b) -> paint();

        EntryCell() {
            line.getStyleClass().add("journal-line");
            outcome.getStyleClass().add("journal-outcome");
            line.setMinWidth(Region.USE_PREF_SIZE);
            outcome.setWrapText(true);
            outcome.setMinWidth(0);
            outcome.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(outcome, Priority.ALWAYS);
            box.getStyleClass().add("journal-row");
            // cells as wide as the list, so a long outcome wraps instead of scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(JournalEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (shown != null) {
                shown.statusProperty().removeListener(refresh);
                shown.outcomeProperty().removeListener(refresh);
            }
            shown = empty ? null : entry;
            if (shown == null) {
                setGraphic(null);
                return;
            }
            shown.statusProperty().addListener(refresh);
            shown.outcomeProperty().addListener(refresh);
            paint();
            setGraphic(box);
        }

        private void paint() {
            line.setText("$ " + shown.cliLine());
            outcome.getStyleClass().removeAll("outcome-ok", "outcome-failed", "outcome-pending");
            switch (shown.status()) {
                case SUCCEEDED -> {
                    outcome.setText("✓ " + shown.outcome());
                    outcome.getStyleClass().add("outcome-ok");
                }
                case FAILED -> {
                    outcome.setText("✗ " + shown.outcome());
                    outcome.getStyleClass().add("outcome-failed");
                }
                case CANCELLED -> {
                    outcome.setText("– cancelled");
                    outcome.getStyleClass().add("outcome-pending");
                }
                default -> {
                    outcome.setText("… running");
                    outcome.getStyleClass().add("outcome-pending");
                }
            }
        }
    }
}
