package io.dockyard.journal;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;

/**
 * One line of the journal: the docker command a gesture equals, and how it ended. Changed only on
 * the UI thread.
 */
public final class JournalEntry {
    /** Where the command is. */
    public enum Status { PENDING, SUCCEEDED, FAILED, CANCELLED }

    private final String cliLine;
    private final Instant at;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.PENDING);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "…");

    JournalEntry(String cliLine, Instant at) {
        this.cliLine = cliLine;
        this.at = at;
    }

    public String cliLine() {
        return cliLine;
    }

    public Instant at() {
        return at;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status status() {
        return status.get();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public String outcome() {
        return outcome.get();
    }

    // Commands

    /** @param summary what it made or did: a new id, "stopped" … */
    public void succeeded(String summary) {
        outcome.set(summary);
        status.set(Status.SUCCEEDED);
    }

    /** @param reason the engine's error, or why Dockyard did not send it */
    public void failed(String reason) {
        outcome.set(reason);
        status.set(Status.FAILED);
    }

    public void cancelled() {
        outcome.set("cancelled");
        status.set(Status.CANCELLED);
    }

    @Override
    public String toString() {
        return "$ " + cliLine + "  " + outcome.get();
    }
}
