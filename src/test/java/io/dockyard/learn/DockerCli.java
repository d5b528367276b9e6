package io.dockyard.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The learner's terminal: runs the docker CLI against the test engine, either from an argument
 * list (what "show me" hands over) or from a typed line through a shell (what a learner pastes).
 */
final class DockerCli implements StepPerformer, AutoCloseable {
    private final String host;
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-docker-cli");
        t.setDaemon(true);
        return t;
    });
    private final List<String> journal = new java.util.concurrent.CopyOnWriteArrayList<>();

    DockerCli(String host) {
        this.host = host;
    }

    @Override
    public CompletableFuture<String> perform(List<String> dockerArgs) {
        return CompletableFuture.supplyAsync(() -> {
            List<String> command = new ArrayList<>(List.of("docker"));
            command.addAll(dockerArgs);
            journal.add(Command.perform(dockerArgs.toArray(String[]::new)).cliLine());
            return run(command, false);
        }, pool);
    }

    /** Runs a line exactly as a learner would paste it into a shell; fails the test if docker fails. */
    String type(String line) {
        journal.add(line);
        return run(List.of("sh", "-c", line), false);
    }

    /** Types a step's command: one the lesson means to fail must fail, any other must succeed. */
    String type(Command command) {
        journal.add(command.cliLine());
        return run(List.of("sh", "-c", command.cliLine()), command.kind() == Command.Kind.FAILS);
    }

    List<String> journal() {
        return journal;
    }

    /** Runs the command; it must exit 0, or when {@code toFail} it must not. */
    private String run(List<String> command, boolean toFail) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DOCKER_HOST", host);
        pb.environment().put("DOCKER_BUILDKIT", "0");
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new CompletionException(new IOException("timed out: " + command));
            }
            if (toFail && p.exitValue() == 0) {
                throw new CompletionException(new IOException(String.join(" ", command)
                        + " was meant to fail and succeeded: " + out.trim()));
            }
            if (!toFail && p.exitValue() != 0) {
                throw new CompletionException(new IOException(String.join(" ", command) + " failed: " + out.trim()));
            }
            return out;
        } catch (IOException e) {
            throw new CompletionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
