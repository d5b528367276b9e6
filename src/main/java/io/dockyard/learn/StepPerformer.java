package io.dockyard.learn;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs one docker command for "show me" and "reset lesson". The app wires it to its actions and
 * journal, so each command appears there as its CLI line; tests run the docker CLI itself.
 * Implementations must not block the caller.
 */
@FunctionalInterface
public interface StepPerformer {
    /**
     * @param dockerArgs the arguments after {@code docker}
     * @return the command's output; completes exceptionally with the engine's message on failure
     */
    CompletableFuture<String> perform(List<String> dockerArgs);
}
