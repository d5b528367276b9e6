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
        RunContainer, StartContainer, StopContainer, TagImage, UnpauseContainer,
        CreateVolume, RemoveVolume, PruneVolumes, CreateNetwork, RemoveNetwork, ConnectNetwork, DisconnectNetwork,
        ProjectIntent, InitSwarm, CreateService, ScaleService, UpdateServiceImage, RemoveService,
        UpdateNodeAvailability {

    /** Hands this intent to the visitor's method for its kind. */
    <R> R accept(IntentVisitor<R> visitor);

    /**
     * The CLI words, starting with {@code docker} (or {@code docker-compose}), unquoted. For an
     * intent that takes more than one command, the first of {@link #cliCommands()}.
     */
    List<String> cliArgs();

    /** Every command it equals, in order; one for all but some project actions. */
    default List<List<String>> cliCommands() {
        return List.of(cliArgs());
    }

    /** The command line a person would type, each word POSIX shell-quoted as needed, commands joined by {@code &&}. */
    default String cliLine() {
        return String.join(" && ", cliCommands().stream().map(ShellQuote::join).toList());
    }

    /** Whether waiting for this may take long enough that the user should be able to cancel it. */
    default boolean isLong() {
        return false;
    }
}
