package io.dockyard.engine;

import io.dockyard.intent.ComposeCli;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Finds out once which compose command line this machine has, so that project actions are
 * journaled the way the user could type them: {@code docker compose version}, else
 * {@code docker-compose version}, each under a short time limit, on a background executor.
 */
public final class ComposeCliProbe {
    static final Duration LIMIT = Duration.ofSeconds(4);

    private final Predicate<List<String>> answers;
    private final Executor executor;
    private CompletableFuture<ComposeCli> found;

    /** Asks the real command lines on {@code executor}; never the FX thread. */
    public ComposeCliProbe(Executor executor) {
        this(command -> answers(command, LIMIT), executor);
    }

    /** @param answers whether a command ends well (exit 0) within its time limit; blocking */
    ComposeCliProbe(Predicate<List<String>> answers, Executor executor) {
        this.answers = answers;
        this.executor = executor;
    }

    /** The answer, asked the first time and remembered; a failed probe means neither is there. */
    public synchronized CompletableFuture<ComposeCli> detect() {
        if (found == null) {
            found = CompletableFuture.supplyAsync(this::ask, executor).exceptionally(e -> ComposeCli.NONE);
        }
        return found;
    }

    private ComposeCli ask() {
        if (answers.test(List.of("docker", "compose", "version"))) {
            return ComposeCli.PLUGIN;
        }
        if (answers.test(List.of("docker-compose", "version"))) {
            return ComposeCli.STANDALONE;
        }
        return ComposeCli.NONE;
    }

    /** Runs the command with its output thrown away; false when it is missing, fails or takes too long. */
    static boolean answers(List<String> command, Duration limit) {
        Process p = null;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
