package io.dockyard.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StepPerformer} that runs the docker CLI itself, against the engine the app is connected
 * to, and reports each CLI line and its outcome to a journal. A bridge until "show me" goes through
 * the app's own actions; it needs the docker CLI on the PATH.
 */
public final class CliStepPerformer implements StepPerformer {
    private static final long LIMIT_SECONDS = 300;
    private final String dockerHost;
    private final Executor executor;
    private final Journal journal;

    /** Where each command is written down. */
    @FunctionalInterface
    public interface Journal {
        /**
         * @param cliLine the command as typed in a shell
         * @param ok      whether it succeeded
         * @param outcome its output, or the engine's words when it failed
         */
        void record(String cliLine, boolean ok, String outcome);
    }

    /**
     * @param dockerHost the engine address the app uses ({@code unix:///var/run/docker.sock})
     * @param executor   runs the CLI; never the UI thread
     * @param journal    told about every command; called on the executor's thread
     */
    public CliStepPerformer(String dockerHost, Executor executor, Journal journal) {
        this.dockerHost = dockerHost;
        this.executor = executor;
        this.journal = journal;
    }

    @Override
    public CompletableFuture<String> perform(List<String> dockerArgs) {
        String line = Command.perform(dockerArgs.toArray(String[]::new)).cliLine();
        return CompletableFuture.supplyAsync(() -> {
            List<String> command = new ArrayList<>(List.of("docker"));
            command.addAll(dockerArgs);
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().put("DOCKER_HOST", dockerHost);
            pb.environment().put("DOCKER_BUILDKIT", "0"); // the lesson builds use the classic builder's events
            try {
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!p.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return fail(line, "gave no answer within " + LIMIT_SECONDS + " s");
                }
                if (p.exitValue() != 0) {
                    return fail(line, out.isEmpty() ? "failed with exit code " + p.exitValue() : out);
                }
                journal.record(line, true, out);
                return out;
            } catch (IOException e) {
                return fail(line, "could not start the docker CLI (" + e.getMessage() + "); is it installed?");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail(line, "interrupted");
            }
        }, executor);
    }

    private String fail(String line, String why) {
        journal.record(line, false, why);
        throw new CompletionException(new IllegalStateException(why));
    }
}
