package io.dockyard.actions.ui;

import io.dockyard.engine.CommandsFixture;
import io.dockyard.intent.Intent;
import io.dockyard.intent.PortSpec;
import io.dockyard.intent.RemoveContainer;
import io.dockyard.intent.RemoveImage;
import io.dockyard.intent.RestartPolicy;
import io.dockyard.intent.RunContainer;
import io.dockyard.intent.StopContainer;
import io.dockyard.intent.TagImage;
import io.dockyard.intent.VolumeSpec;
import io.dockyard.journal.CommandJournal;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.testing.Await;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The journal's line, run by a real shell against the engine, does what the gesture did:
 * the same value is performed once through Dockyard and once as {@code sh -c <cliLine>}.
 */
@Timeout(180)
class CliTwinIT {
    private static final String FINGERPRINT = "{{.Config.Image}}|{{json .Config.Cmd}}|"
            + "{{json .Config.Labels}}|{{json .HostConfig.PortBindings}}|{{json .HostConfig.RestartPolicy}}|"
            + "{{.HostConfig.AutoRemove}}|{{.Name}}";
    /** One line per mount; the engine lists mounts in no fixed order, so they are compared as a set. */
    private static final String MOUNTS = "{{range .Mounts}}{{.Type}} {{.Destination}} {{.RW}}\n{{end}}";
    /**
     * One line per variable, compared as a set: the docker CLI itself passes {@code -e} variables
     * on in no fixed order (two runs of the same command can differ), and the keys are distinct.
     */
    private static final String ENV = "{{range .Config.Env}}{{.}}\n{{end}}";
    private static CommandsFixture f;
    private static ActionRunner runner;
    private static CommandJournal journal;

    @BeforeAll
    static void open() {
        f = new CommandsFixture();
        journal = new CommandJournal(Clock.systemUTC());
        runner = new ActionRunner(f.commands, journal, () -> EngineState.empty(Connection.connecting("", "")),
                Runnable::run);
    }

    @AfterAll
    static void close() {
        if (f != null) {
            f.close();
        }
    }

    private static void gesture(Intent intent) {
        CommandsFixture.await(runner.perform(intent));
        String journalled = journal.entries().get(journal.entries().size() - 1).cliLine();
        assertEquals(intent.cliLine(), journalled);
    }

    private static void shell(Intent intent) {
        try {
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", intent.cliLine()).redirectErrorStream(true);
            pb.environment().put("DOCKER_HOST", f.engine.host());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), intent.cliLine() + " failed: " + out);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void runWithQuotesPortsVolumesAndPolicyMakesTheSameContainer() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String name = "twin-run-" + f.engine.runId();
        RunContainer run = new RunContainer(TestEngine.BASE_IMAGE, name,
                List.of(new PortSpec("127.0.0.1", port, 80, "tcp"), new PortSpec("", 0, 53, "udp")),
                List.of("GREETING=it's a \"quoted\" $HOME & more", "EMPTY="),
                List.of(new VolumeSpec("", "/anon", false), new VolumeSpec("/etc", "/host-etc", true)),
                List.of("sh", "-c", "echo \"$GREETING\"; exec sleep 300"), new RestartPolicy("on-failure", 2), false,
                f.labels());
        gesture(run);
        String byGesture = f.inspect(FINGERPRINT, name);
        java.util.Set<String> mountsByGesture = java.util.Set.copyOf(f.inspect(MOUNTS, name).lines().toList());
        java.util.Set<String> envByGesture = java.util.Set.copyOf(f.inspect(ENV, name).lines().toList());
        assertEquals(3, envByGesture.size(), "the two variables and the image's PATH: " + envByGesture);
        assertEquals(2, mountsByGesture.size(), mountsByGesture.toString());
        String logsByGesture = awaitLogs(name);
        f.perform(new RemoveContainer(name, true, true));

        shell(run);
        assertEquals(byGesture, f.inspect(FINGERPRINT, name));
        assertEquals(mountsByGesture, java.util.Set.copyOf(f.inspect(MOUNTS, name).lines().toList()));
        assertEquals(envByGesture, java.util.Set.copyOf(f.inspect(ENV, name).lines().toList()));
        assertEquals(logsByGesture, awaitLogs(name));
        assertEquals("it's a \"quoted\" $HOME & more", logsByGesture);
    }

    private static String awaitLogs(String name) {
        Await.until(Duration.ofSeconds(10), () -> !f.engine.docker("logs", name).isEmpty(), () -> "no output yet");
        return f.engine.docker("logs", name);
    }

    @Test
    void stopAndRemoveDoTheSame() {
        String a = "twin-a-" + f.engine.runId();
        String b = "twin-b-" + f.engine.runId();
        f.perform(f.sleeper(a));
        f.perform(f.sleeper(b));
        gesture(new StopContainer(a, 1));
        shell(new StopContainer(b, 1));
        String state = "{{.State.Status}} {{.State.ExitCode}} {{.State.OOMKilled}}";
        assertEquals("exited 137 false", f.inspect(state, a));
        assertEquals(f.inspect(state, a), f.inspect(state, b));

        gesture(new RemoveContainer(a, false, true));
        shell(new RemoveContainer(b, false, true));
        assertEquals(1, f.engine.tryDocker("inspect", a).exitCode());
        assertEquals(1, f.engine.tryDocker("inspect", b).exitCode());
    }

    @Test
    void tagAndRemoveImageDoTheSame() {
        String repo = "dockyard-test/twin-" + f.engine.runId();
        String id = f.engine.build(repo + ":base", "ENV TWIN=1");
        TagImage tag = new TagImage(repo + ":base", repo + ":extra");
        RemoveImage rmi = new RemoveImage(repo + ":extra", false);

        gesture(tag);
        assertEquals(id, f.inspect("{{.Id}}", repo + ":extra"));
        gesture(rmi);
        assertEquals(1, f.engine.tryDocker("image", "inspect", repo + ":extra").exitCode());

        shell(tag);
        assertEquals(id, f.inspect("{{.Id}}", repo + ":extra"));
        shell(rmi);
        assertEquals(1, f.engine.tryDocker("image", "inspect", repo + ":extra").exitCode());
        assertEquals(id, f.inspect("{{.Id}}", repo + ":base"), "the other tag keeps the image either way");
    }
}
