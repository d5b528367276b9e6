package io.dockyard.engine;

import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.CommitContainer;
import io.dockyard.intent.ContainerChanges;
import io.dockyard.intent.ContainerLogs;
import io.dockyard.intent.ContainerProcesses;
import io.dockyard.intent.ContainerStats;
import io.dockyard.intent.ExecCommand;
import io.dockyard.intent.KillContainer;
import io.dockyard.intent.PauseContainer;
import io.dockyard.intent.RemoveContainer;
import io.dockyard.intent.RemoveImage;
import io.dockyard.intent.RenameContainer;
import io.dockyard.intent.RestartContainer;
import io.dockyard.intent.StartContainer;
import io.dockyard.intent.StopContainer;
import io.dockyard.intent.UnpauseContainer;
import io.dockyard.model.FileChange;
import io.dockyard.model.LogLine;
import io.dockyard.model.ProcessTable;
import io.dockyard.model.StatsSample;
import io.dockyard.testing.Await;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each container action changes the real engine the way the docker CLI would. */
@Timeout(180)
class DockerEngineCommandsIT {
    private static CommandsFixture f;

    @BeforeAll
    static void open() {
        f = new CommandsFixture();
    }

    @AfterAll
    static void close() {
        if (f != null) {
            f.close();
        }
    }

    private static String status(String name) {
        return f.inspect("{{.State.Status}}", name);
    }

    @Test
    void lifecycleOfOneContainer() {
        String name = "cmd-it-" + f.engine.runId();
        Outcome run = f.perform(f.sleeper(name));
        assertEquals(run.newId(), f.inspect("{{.Id}}", name));
        assertEquals("running", status(name));
        assertEquals("[sleep 300]", f.inspect("{{.Config.Cmd}}", name));

        f.perform(new PauseContainer(name));
        assertEquals("paused", status(name));
        f.perform(new UnpauseContainer(name));
        assertEquals("running", status(name));

        f.perform(new StopContainer(name, 1));
        assertEquals("exited", status(name));
        f.perform(new StartContainer(name));
        assertEquals("running", status(name));

        String startedBefore = f.inspect("{{.State.StartedAt}}", name);
        f.perform(new RestartContainer(name, 1));
        assertEquals("running", status(name));
        assertNotEquals(startedBefore, f.inspect("{{.State.StartedAt}}", name));

        f.perform(KillContainer.of(name));
        assertEquals("exited 137", f.inspect("{{.State.Status}} {{.State.ExitCode}}", name));

        f.perform(new RenameContainer(name, name + "-b"));
        assertEquals("/" + name + "-b", f.inspect("{{.Name}}", run.newId()));

        f.perform(new RemoveContainer(name + "-b", false, false));
        assertEquals(1, f.engine.tryDocker("inspect", run.newId()).exitCode());
    }

    /**
     * {@code docker stop} without {@code -t} waits the container's own stop timeout ({@code --stop-timeout},
     * compose's {@code stop_grace_period}); so does the menu's Stop. {@code sleep} as the main process
     * ignores SIGTERM, so each stop lasts exactly until the engine kills it.
     */
    @Test
    void aStopWithoutATimeoutWaitsTheContainersOwnStopTimeoutAsDockerStopDoes() {
        String cli = "cmd-stop-cli-" + f.engine.runId();
        String ours = "cmd-stop-ours-" + f.engine.runId();
        f.engine.runDetached("--name", cli, TestEngine.BASE_IMAGE, "sleep", "300"); // --stop-timeout 1
        f.engine.runDetached("--name", ours, TestEngine.BASE_IMAGE, "sleep", "300");
        long start = System.nanoTime();
        f.engine.docker("stop", cli);
        long cliMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        f.perform(StopContainer.of(ours));
        long oursMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("exited", status(ours));
        assertTrue(oursMillis < cliMillis + 4000, "docker stop took " + cliMillis + " ms, the 1 s the container asks for;"
                + " Dockyard's stop took " + oursMillis + " ms");
    }

    @Test
    void removingARunningContainerWithoutForceIsRefusedInTheEnginesWords() {
        String name = "cmd-rm-" + f.engine.runId();
        f.perform(f.sleeper(name));
        CommandFailed refused = f.failure(f.commands.perform(new RemoveContainer(name, false, false)));
        assertTrue(refused.refusedByEngine());
        assertTrue(refused.getMessage().contains("You cannot remove a running container"), refused.getMessage());
        assertEquals("running", status(name));
        f.perform(new RemoveContainer(name, true, true));
        assertEquals(1, f.engine.tryDocker("inspect", name).exitCode());
    }

    @Test
    void anUnknownContainerIsTheEnginesNoSuchContainer() {
        CommandFailed failed = f.failure(f.commands.perform(StopContainer.of("no-such-" + f.engine.runId())));
        assertTrue(failed.getMessage().contains("No such container"), failed.getMessage());
    }

    @Test
    void execDiffTopLogsAndCommit() {
        String name = "cmd-exec-" + f.engine.runId();
        f.perform(f.sleeper(name).withCommand(List.of("sh", "-c",
                "echo out-line; echo err-line >&2; rm /bin/wc; echo x > /added; exec sleep 300")));
        Await.until(Duration.ofSeconds(10), () -> f.engine.docker("diff", name).contains("/added"),
                () -> "the container has not written /added yet");
        Outcome exec = f.perform(new ExecCommand(name, List.of("sh", "-c", "cat /added; exit 3")));
        assertEquals("exit 3", exec.summary());
        assertEquals("x\n", exec.output());

        ContainerChanges changes = new ContainerChanges(name);
        List<FileChange> diff = CommandsFixture.await(f.commands.ask(changes));
        assertTrue(diff.stream().anyMatch(c -> c.toString().equals("A /added")), diff.toString());
        assertTrue(diff.stream().anyMatch(c -> c.toString().equals("D /bin/wc")), diff.toString());
        assertTrue(diff.stream().anyMatch(c -> c.toString().equals("C /bin")), diff.toString());
        // the query's own command line, run by the real CLI, prints the same lines
        String cliDiff = f.engine.docker(changes.cliArgs().subList(1, changes.cliArgs().size()).toArray(String[]::new));
        assertEquals(cliDiff.lines().sorted().toList(), diff.stream().map(FileChange::toString).sorted().toList());

        ProcessTable top = CommandsFixture.await(f.commands.ask(new ContainerProcesses(name)));
        int cmdColumn = top.titles().indexOf("CMD");
        assertTrue(top.rows().stream().anyMatch(r -> r.get(cmdColumn).contains("sleep 300")), top.toString());

        List<LogLine> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        CommandsFixture.await(f.commands.stream(ContainerLogs.all(name), lines::add));
        assertTrue(lines.stream().anyMatch(l -> !l.stderr() && l.text().equals("out-line") && l.time() != null), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.stderr() && l.text().equals("err-line")), lines.toString());

        String repo = "dockyard-test/commit-" + f.engine.runId();
        Outcome commit = f.perform(new CommitContainer(name, repo + ":1", "keep /added"));
        assertEquals(commit.newId(), f.inspect("{{.Id}}", repo + ":1"));
        assertEquals("x", f.engine.docker("run", "--rm", "--label", f.engine.label(), repo + ":1", "cat", "/added"));
        f.perform(new RemoveContainer(name, true, false));
        f.perform(new RemoveImage(repo + ":1", false));
        assertEquals(1, f.engine.tryDocker("image", "inspect", repo + ":1").exitCode());
    }

    @Test
    void followedLogsStreamUntilCancelledAndStatsSample() {
        String name = "cmd-follow-" + f.engine.runId();
        f.perform(f.sleeper(name).withCommand(List.of("sh", "-c", "i=0; while true; do i=$((i+1)); echo tick $i; sleep 0.2; done")));
        List<LogLine> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        var follow = f.commands.stream(new ContainerLogs(name, 0, true, false), lines::add);
        Await.until(Duration.ofSeconds(10), () -> lines.size() >= 3, () -> "followed lines: " + lines);
        follow.cancel(true);
        int seen = lines.size();
        // the stream is closed: after more ticks have been written no new line arrives
        Await.until(Duration.ofSeconds(5), () -> f.engine.docker("logs", name).lines().count() > seen + 5,
                () -> "container stopped ticking");
        assertTrue(lines.size() <= seen + 1, "lines kept arriving after cancel: " + seen + " -> " + lines.size());

        List<StatsSample> samples = new java.util.concurrent.CopyOnWriteArrayList<>();
        var stats = f.commands.stream(new ContainerStats(name), samples::add);
        Await.until(Duration.ofSeconds(10), () -> samples.size() >= 2, () -> "stats samples: " + samples);
        stats.cancel(true);
        StatsSample last = samples.get(samples.size() - 1);
        assertTrue(last.memoryBytes() > 0 && last.memoryLimit() >= last.memoryBytes(), last.toString());
        assertTrue(last.cpuPercent() >= 0, last.toString());
        f.perform(new RemoveContainer(name, true, false));
    }

    @Test
    void removalImpactNamesTheWritableLayerAndAnonymousVolumes() {
        String name = "cmd-impact-" + f.engine.runId();
        f.perform(new io.dockyard.intent.RunContainer(TestEngine.BASE_IMAGE, name, List.of(), List.of(),
                List.of(new io.dockyard.intent.VolumeSpec("", "/anon", false)),
                List.of("sh", "-c", "head -c 5000 /dev/zero > /big; exec sleep 300"),
                io.dockyard.intent.RestartPolicy.NO, false, f.labels()));
        Await.until(Duration.ofSeconds(10), () -> !f.engine.docker("diff", name).isEmpty(), () -> "no write yet");
        EngineCommands.RemovalImpact impact = CommandsFixture.await(f.commands.removalImpact(name));
        assertTrue(impact.running());
        assertTrue(impact.writableBytes() >= 5000, impact.toString());
        assertEquals(1, impact.anonymousVolumes().size(), impact.toString());
        String volume = impact.anonymousVolumes().get(0);
        f.perform(new RemoveContainer(name, true, true));
        assertEquals(1, f.engine.tryDocker("volume", "inspect", volume).exitCode(), "anonymous volume left behind");
    }
}
