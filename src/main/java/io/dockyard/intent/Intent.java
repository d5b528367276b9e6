package io.dockyard.intent;

import java.util.List;

/**
 * Something the user asked the engine to do, as a value. The same value is handed to the engine
 * and shown in the journal as the {@code docker} command line that does exactly the same.
 * The interface is sealed: every intent is one of the records below, so an adapter that handles
 * each of them handles them all.
 */
public sealed interface Intent permits BuildImage, CommitContainer, CreateContainer, ExecCommand, KillContainer,
        PauseContainer, PruneImages, PullImage, RemoveContainer, RemoveImage, RenameContainer, RestartContainer,
        RunContainer, StartContainer, StopContainer, TagImage, UnpauseContainer {

    /** Hands this intent to the visitor's method for its kind. */
    <R> R accept(IntentVisitor<R> visitor);

    /** The docker CLI words, starting with {@code docker}, unquoted. */
    List<String> cliArgs();

    /** The command line a person would type, each word POSIX shell-quoted as needed. */
    default String cliLine() {
        return ShellQuote.join(cliArgs());
    }

    /** Whether waiting for this may take long enough that the user should be able to cancel it. */
    default boolean isLong() {
        return false;
    }
}
