package io.dockyard.testing;

import io.dockyard.engine.EngineEndpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The real Docker engine that integration tests run against, reached through the docker CLI so
 * that what a test calls the truth does not come from Dockyard's own code.
 *
 * <p>Where no engine answers the tests are skipped with a loud message, unless this is CI by
 * {@link TestEnv}'s rule: there a missing engine fails the run. Everything a test creates carries the label
 * {@code dockyard.test=<run id>}; {@link #cleanup()} removes exactly that.
 */
public final class TestEngine {
    /** Built once from the static busybox; kept between runs like a build cache. */
    public static final String BASE_IMAGE = "dockyard-test/base:1";
    private static TestEngine shared;

    private final String host;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> env;

    private TestEngine(String host, Map<String, String> env) {
        this.host = host;
        this.env = env;
    }

    /** The engine at DOCKER_HOST or the default socket, with the base image built. */
    public static synchronized TestEngine require() {
        if (shared == null) {
            String host = System.getenv().getOrDefault("DOCKER_HOST", "unix:///var/run/docker.sock");
            TestEngine engine = new TestEngine(host, Map.of("DOCKER_HOST", host));
            engine.requireAnswer();
            engine.buildBase();
            Runtime.getRuntime().addShutdownHook(new Thread(engine::cleanup));
            shared = engine;
        }
        return shared;
    }

    /** A second engine's CLI, for tests that own a dockerd of their own. */
    public static TestEngine at(String host) {
        return new TestEngine(host, Map.of("DOCKER_HOST", host));
    }

    public EngineEndpoint endpoint() {
        return new EngineEndpoint(host, false, null, "test engine", "the engine the tests run against");
    }

    public String host() {
        return host;
    }

    public String label() {
        return "dockyard.test=" + runId;
    }

    public String runId() {
        return runId;
    }

    /** Runs {@code docker args…} and returns its output; fails the test if docker fails. */
    public String docker(String... args) {
        Result r = tryDocker(args);
        if (r.exitCode != 0) {
            throw new AssertionError("docker " + String.join(" ", args) + " failed (" + r.exitCode + "): " + r.output);
        }
        return r.output.trim();
    }

    /** Runs {@code docker args…} and returns its exit code and output, success or not. */
    public Result tryDocker(String... args) {
        List<String> command = new ArrayList<>();
        command.add("docker");
        command.addAll(Arrays.asList(args));
        return run(command);
    }

    /** {@code docker run -d} with the test label and a short stop timeout; returns the full id. */
    public String runDetached(String... args) {
        List<String> all = new ArrayList<>(List.of("run", "-d", "--label", label(), "--stop-timeout", "1"));
        all.addAll(Arrays.asList(args));
        return docker(all.toArray(String[]::new));
    }

    /** Builds an image FROM the base image with the given Dockerfile lines, labelled as the test's. */
    public String build(String tag, String... dockerfileLines) {
        try {
            Path dir = Files.createTempDirectory("dockyard-build");
            String dockerfile = "FROM " + BASE_IMAGE + "\n" + String.join("\n", dockerfileLines) + "\n";
            Files.writeString(dir.resolve("Dockerfile"), dockerfile);
            docker("build", "-q", "--label", label(), "-t", tag, dir.toString());
            return docker("image", "inspect", "--format", "{{.Id}}", tag);
        } catch (IOException e) {
            throw new AssertionError("Could not write a Dockerfile", e);
        }
    }

    /** Removes every container and image this run labelled; safe to call more than once. */
    public void cleanup() {
        String containers = tryDocker("ps", "-aq", "--filter", "label=" + label()).output.trim();
        if (!containers.isEmpty()) {
            List<String> rm = new ArrayList<>(List.of("rm", "-f", "-v"));
            rm.addAll(Arrays.asList(containers.split("\\s+")));
            tryDocker(rm.toArray(String[]::new));
        }
        removeAll("volume", "rm", "-f");
        removeAll("network", "rm");
        String images = tryDocker("images", "-q", "--no-trunc", "--filter", "label=" + label()).output.trim();
        if (!images.isEmpty()) {
            List<String> rmi = new ArrayList<>(List.of("rmi", "-f"));
            rmi.addAll(Arrays.stream(images.split("\\s+")).distinct().toList());
            tryDocker(rmi.toArray(String[]::new));
        }
    }

    /** Removes every volume or network that carries this run's label. */
    private void removeAll(String kind, String... rm) {
        // "rm" and its flags come after the kind: docker volume rm -f ID…
        String ids = tryDocker(kind, "ls", "-q", "--filter", "label=" + label()).output.trim();
        if (!ids.isEmpty()) {
            List<String> args = new ArrayList<>(List.of(kind));
            args.addAll(Arrays.asList(rm));
            args.addAll(Arrays.asList(ids.split("\\s+")));
            tryDocker(args.toArray(String[]::new));
        }
    }

    private void requireAnswer() {
        Result r = tryDocker("version", "--format", "{{.Server.Version}}");
        if (r.exitCode == 0) {
            return;
        }
        throw TestEnv.missing("NO DOCKER ENGINE answers at " + host + ": " + r.output.trim());
    }

    /** Builds {@link #BASE_IMAGE} on this engine unless it is there already. */
    public void buildBase() {
        if (tryDocker("image", "inspect", BASE_IMAGE).exitCode == 0) {
            return;
        }
        Path busybox = Path.of("/usr/bin/busybox");
        if (!Files.exists(busybox)) {
            busybox = Path.of("/bin/busybox");
        }
        try {
            Path dir = Files.createTempDirectory("dockyard-base");
            Files.copy(busybox, dir.resolve("busybox"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("Dockerfile"), String.join("\n",
                    "FROM scratch",
                    "COPY busybox /bin/busybox",
                    "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]",
                    "CMD [\"sh\"]", ""));
            docker("build", "-q", "-t", BASE_IMAGE, dir.toString());
        } catch (IOException e) {
            throw new AssertionError("Could not prepare the busybox base image: " + e.getMessage(), e);
        }
    }

    private Result run(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        pb.environment().put("DOCKER_BUILDKIT", "0");
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, "could not run docker: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /** Exit code and combined output of one docker CLI call. */
    public record Result(int exitCode, String output) {
    }
}
