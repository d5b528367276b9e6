package io.dockyard.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone {@code docker-compose} as a terminal runs it, for one project and one compose
 * file: {@code docker-compose -p NAME -f FILE verb…}. The file gets the base image as
 * {@code DOCKYARD_TEST_IMAGE} and the run id as {@code DOCKYARD_TEST_RUN}, so that what it labels
 * {@code dockyard.test: ${DOCKYARD_TEST_RUN}} is also swept by {@link TestEngine#cleanup()}.
 */
public final class TestCompose {
    public static final Path COMMAND = Path.of("/usr/bin/docker-compose");

    private final TestEngine engine;
    private final String project;
    private final Path file;

    private TestCompose(TestEngine engine, String project, Path file) {
        this.engine = engine;
        this.project = project;
        this.file = file;
    }

    /**
     * The project {@code project} of the compose file at class-path resource {@code resource} (copied to
     * a folder of its own); skips loudly (fails under CI) when docker-compose is not installed.
     */
    public static TestCompose of(TestEngine engine, String project, String resource) throws IOException {
        if (!Files.isExecutable(COMMAND)) {
            throw TestEnv.missing("docker-compose is not at " + COMMAND + " (apt-get install docker-compose)");
        }
        Path file = Files.createTempDirectory("dockyard-compose").resolve("docker-compose.yml");
        try (InputStream in = TestCompose.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no compose file at " + resource + " on the test class path");
            }
            Files.write(file, in.readAllBytes());
        }
        return new TestCompose(engine, project, file);
    }

    public String project() {
        return project;
    }

    /** Runs {@code docker-compose -p NAME -f FILE args…}; fails the test if it fails. */
    public void run(String... args) {
        String failure = tryRun(args);
        if (failure != null) {
            throw new AssertionError(failure);
        }
    }

    /** For a finally: whatever went wrong is written to stderr, not thrown over the test's own failure. */
    public void runQuietly(String... args) {
        String failure = tryRun(args);
        if (failure != null) {
            System.err.println("clean-up: " + failure);
        }
    }

    /** Runs docker-compose; returns what went wrong, or null. */
    private String tryRun(String... args) {
        List<String> command = new ArrayList<>(List.of(COMMAND.toString(), "-p", project, "-f", file.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("DOCKER_HOST", engine.host());
        pb.environment().put("DOCKYARD_TEST_IMAGE", TestEngine.BASE_IMAGE);
        pb.environment().put("DOCKYARD_TEST_RUN", engine.runId());
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return "docker-compose " + String.join(" ", args) + " failed: " + out;
            }
            return null;
        } catch (IOException e) {
            return "could not run docker-compose: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while docker-compose ran";
        }
    }
}
