package io.dockyard.engine;

import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.CreateService;
import io.dockyard.intent.InitSwarm;
import io.dockyard.intent.Intent;
import io.dockyard.testing.Await;
import io.dockyard.testing.SecondEngine;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docker swarm init} and {@code docker service create} performed through the engine adapter
 * on a dockerd the test owns (never the shared engine, which must not become a swarm), checked
 * with {@code docker node ls}, {@code service ls}, {@code service inspect} and {@code service ps}
 * on it; and the refusals of a service create before the swarm, a second init and a name in use.
 */
@Timeout(240)
class SwarmSetupIT {
    private static final Duration CONVERGE = Duration.ofSeconds(90);

    @Test
    void aSwarmOfOneIsMadeAndRunsTheServiceItWasAskedFor() throws Exception {
        TestEngine shared = TestEngine.require();
        shared.buildBase();
        boolean gwbridgeWasThere = sh("ip link show docker_gwbridge >/dev/null 2>&1").exitCode() == 0;
        SecondEngine engine = SecondEngine.create();
        ExecutorService executor = Executors.newCachedThreadPool();
        EngineCommands commands = null;
        TestEngine cli = engine.cli();
        try {
            engine.start();
            TestEngine.Result load = sh("docker save " + TestEngine.BASE_IMAGE + " | docker -H " + engine.host()
                    + " load");
            assertEquals(0, load.exitCode(), "the fixture image is loaded into the test's engine: " + load.output());
            commands = DockerEngineCommands.open(new EngineEndpoint(engine.host(), false, null, "test",
                    "a swarm of the test's own"), executor);
            CreateService web = new CreateService("web", TestEngine.BASE_IMAGE, Map.of("dockyard.test",
                    shared.runId()), Map.of("dockyard.test", shared.runId(), "dockyard.role", "replica"), 2,
                    List.of("sleep", "300"));

            assertEquals("This engine is not in a swarm, so it has no services or nodes. Make it one with docker"
                    + " swarm init, or connect Dockyard to a swarm manager.", refusal(commands, web));

            int port = freePort();
            Outcome init = perform(commands, new InitSwarm("127.0.0.1", "127.0.0.1:" + port));
            String nodeId = cli.docker("info", "--format", "{{.Swarm.NodeID}}");
            assertEquals("Swarm initialized: current node (" + nodeId + ") is now a manager.", init.summary());
            assertEquals(nodeId, init.newId());
            assertTrue(init.output().contains("docker swarm join --token SWMTKN-") && init.output()
                    .contains(" 127.0.0.1:" + port + "\n"), init.output());
            assertEquals(nodeId + " Leader Ready", cli.docker("node", "ls", "--format",
                    "{{.ID}} {{.ManagerStatus}} {{.Status}}"));
            assertEquals("127.0.0.1", cli.docker("info", "--format", "{{.Swarm.NodeAddr}}"), "the address advertised");

            String again = refusal(commands, InitSwarm.plain());
            assertTrue(again.startsWith("This engine is already part of a swarm, as its manager (node "
                    + nodeId.substring(0, 12) + ")"), again);
            assertTrue(again.endsWith("A lesson step that asks for a swarm passes as it is."), again);

            Outcome created = perform(commands, web);
            assertEquals(created.newId(), created.summary(), "the CLI prints the new service's id");
            assertEquals(created.newId().substring(0, 12) + " web replicated",
                    cli.docker("service", "ls", "--format", "{{.ID}} {{.Name}} {{.Mode}}"));
            assertEquals("web 2 " + TestEngine.BASE_IMAGE + " " + shared.runId() + " replica [sleep 300]",
                    cli.docker("service", "inspect", "--format", "{{.Spec.Name}} {{.Spec.Mode.Replicated.Replicas}}"
                            + " {{.Spec.TaskTemplate.ContainerSpec.Image}} {{index .Spec.Labels \"dockyard.test\"}}"
                            + " {{index .Spec.TaskTemplate.ContainerSpec.Labels \"dockyard.role\"}}"
                            + " {{.Spec.TaskTemplate.ContainerSpec.Args}}", "web"));
            Await.until(CONVERGE, () -> running(cli) == 2, () -> cli.tryDocker("service", "ps", "--no-trunc", "web")
                    .output());
            assertEquals(2, cli.docker("ps", "--filter", "label=dockyard.role=replica", "--filter",
                    "label=com.docker.swarm.service.id=" + created.newId(), "--format", "{{.ID}}").lines().count(),
                    "each task's container has the container labels");

            assertTrue(refusal(commands, web).startsWith("A service called 'web' already exists (service "
                    + created.newId().substring(0, 12) + "). Pick another name"), "a name in use");
        } finally {
            if (commands != null) {
                commands.close();
            }
            executor.shutdownNow();
            cli.tryDocker("swarm", "leave", "--force");
            engine.close();
            if (!gwbridgeWasThere) {
                sh("ip link del docker_gwbridge 2>/dev/null");
            }
        }
    }

    private static long running(TestEngine cli) {
        return Arrays.stream(cli.docker("service", "ps", "web", "--filter", "desired-state=running", "--format",
                "{{.CurrentState}}").split("\n")).filter(s -> s.startsWith("Running")).count();
    }

    private static Outcome perform(EngineCommands commands, Intent intent) {
        return CommandsFixture.await(commands.perform(intent));
    }

    private static String refusal(EngineCommands commands, Intent intent) throws Exception {
        try {
            Outcome done = commands.perform(intent).get(90, TimeUnit.SECONDS);
            throw new AssertionError(intent.cliLine() + " was not refused: " + done);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CommandFailed failed) {
                assertTrue(failed.refusedByEngine(), failed.getMessage());
                return failed.getMessage();
            }
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static TestEngine.Result sh(String script) {
        try {
            Process p = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new TestEngine.Result(-1, "timed out: " + script);
            }
            return new TestEngine.Result(p.exitValue(), out);
        } catch (IOException e) {
            return new TestEngine.Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new TestEngine.Result(-1, "interrupted");
        }
    }
}
