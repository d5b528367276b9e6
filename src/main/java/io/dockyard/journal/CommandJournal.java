package io.dockyard.journal;

import io.dockyard.intent.CliTarget;
import io.dockyard.intent.Intent;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;

/**
 * Every action the user took, as the docker command it equals, oldest first. The list is changed
 * only on the UI thread; {@link JournalView} shows it.
 */
public final class CommandJournal {
    private static final int KEEP = 500;
    private final ObservableList<JournalEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<JournalEntry> readOnly = FXCollections.unmodifiableObservableList(entries);
    private final Clock clock;

    public CommandJournal(Clock clock) {
        this.clock = clock;
    }

    public ObservableList<JournalEntry> entries() {
        return readOnly;
    }

    // Commands

    /** Adds the intent's command line as pending; the caller completes the entry. */
    public JournalEntry record(Intent intent) {
        return record(intent, "");
    }

    /**
     * Adds the intent's command line, aimed with {@code flags} ({@code --context NAME}, {@code -H
     * HOST}) at the engine it was sent to, as pending; the caller completes the entry.
     */
    public JournalEntry record(Intent intent, String flags) {
        JournalEntry entry = new JournalEntry(CliTarget.onto(intent.cliLine(), flags), clock.instant());
        entries.add(entry);
        if (entries.size() > KEEP) {
            entries.remove(0, entries.size() - KEEP);
        }
        return entry;
    }

    /** Adds a command Dockyard did not send, with the reason. */
    public JournalEntry refused(Intent intent, String reason) {
        return refused(intent, "", reason);
    }

    /** Adds a command Dockyard did not send to the engine {@code flags} aim at, with the reason. */
    public JournalEntry refused(Intent intent, String flags, String reason) {
        JournalEntry entry = record(intent, flags);
        entry.failed(reason);
        return entry;
    }

    public void clear() {
        entries.clear();
    }
}
