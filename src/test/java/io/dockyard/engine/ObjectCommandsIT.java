package io.dockyard.engine;

import io.dockyard.engine.api.CommandFailed;
import io.dockyard.intent.ComposeCli;
import io.dockyard.intent.ConnectNetwork;
import io.dockyard.intent.CreateNetwork;
import io.dockyard.intent.CreateVolume;
import io.dockyard.intent.DisconnectNetwork;
import io.dockyard.intent.RemoveNetwork;
import io.dockyard.intent.RemoveProject;
import io.dockyard.intent.RemoveVolume;
import io.dockyard.intent.RestartProject;
import io.dockyard.intent.StartProject;
import io.dockyard.intent.StopProject;
import io.dockyard.model.Compose;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Volume, network and compose project intents change the real engine the way the docker CLI would. */
@Timeout(240)
class ObjectCommandsIT {
    private static CommandsFixture f;

    @BeforeAll
    static void open() {
        f = new CommandsFixture();
    }

    @AfterAll
    static void close() {
        if (f == null) {
            return;
        }
        String label = "label=" + f.engine.label();
        f.close(); // containers first: volumes and networks are held while containers use them
        for (String v : lines(f.engine.tryDocker("volume", "ls", "-q", "--filter", label).output())) {
            f.engine.tryDocker("volume", "rm", "-f", v);
        }
        for (String n : lines(f.engine.tryDocker("network", "ls", "-q", "--filter", label).output())) {
            f.engine.tryDocker("network", "rm", n);
        }
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }

    private static String name(String what) {
        return "dy-" + what + "-" + f.engine.runId();
    }

    @Test
    void aVolumeIsMadeAndRemovedAndAVolumeInUseIsRefusedNamingItsContainer() {
        String vol = name("vol");
        f.perform(new CreateVolume(vol, "", f.labels()));
        assertEquals(vol + " local " + f.engine.runId(), f.engine.docker("volume", "inspect", "--format",
                "{{.Name}} {{.Driver}} {{index .Labels \"dockyard.test\"}}", vol));

        String user = name("vol-user");
        f.engine.runDetached("--name", user, "-v", vol + ":/data", TestEngine.BASE_IMAGE, "sleep", "300");
        CommandFailed refused = f.failure(f.commands.perform(new RemoveVolume(vol, false)));
        assertTrue(refused.getMessage().startsWith("Volume " + vol + " is in use by 1 container: " + user + " (running)."),
                refused.getMessage());
        assertTrue(refused.refusedByEngine());

        f.engine.docker("rm", "-f", user);
        f.perform(new RemoveVolume(vol, false));
        assertEquals("", f.engine.docker("volume", "ls", "-q", "--filter", "name=^" + vol + "$"));
    }

    @Test
    void aNetworkIsMadeContainersConnectAndDisconnectAndItIsRemoved() {
        String net = name("net");
        f.perform(new CreateNetwork(net, "", true, f.labels()));
        assertEquals("bridge true", f.engine.docker("network", "inspect", "--format", "{{.Driver}} {{.Internal}}", net));

        String web = name("web");
        f.perform(f.sleeper(web));
        f.perform(new ConnectNetwork(net, web, List.of("shop")));
        String aliases = f.inspect("{{json (index .NetworkSettings.Networks \"" + net + "\").Aliases}}", web);
        assertTrue(aliases.contains("\"shop\""), aliases);

        CommandFailed inUse = f.failure(f.commands.perform(new RemoveNetwork(net)));
        assertTrue(inUse.getMessage().startsWith("Network " + net + " still has 1 container attached: " + web + "."),
                inUse.getMessage());

        f.perform(new DisconnectNetwork(net, web));
        assertEquals("bridge", f.inspect("{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}", web).trim());
        f.perform(new RemoveNetwork(net));
        assertEquals("", f.engine.docker("network", "ls", "-q", "--filter", "name=^" + net + "$"));
    }

    @Test
    void aComposeProjectIsStoppedStartedRestartedAndRemovedByItsLabel() {
        String project = name("proj");
        String net = project + "_default";
        String vol = project + "_data";
        String projectLabel = Compose.PROJECT_LABEL + "=" + project;
        f.engine.docker("network", "create", "--label", f.engine.label(), "--label", projectLabel, net);
        f.engine.docker("volume", "create", "--label", f.engine.label(), "--label", projectLabel, vol);
        String db = member(project, "db", net, "-v", vol + ":/data");
        String web = member(project, "web", net);

        long start = System.nanoTime();
        f.perform(new StopProject(project, ComposeCli.NONE, List.of()));
        long stopMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("exited exited", states(db, web));
        // each member asks for 1 s (--stop-timeout), as compose's stop_grace_period does, not the engine's 10 s
        assertTrue(stopMillis < 2 * 1000 + 4000, "stopping two members that ask for 1 s each took " + stopMillis + " ms");
        assertTrue(finished(db).compareTo(finished(web)) > 0, "db is stopped after web: the last service first");

        f.perform(new StartProject(project, ComposeCli.NONE, List.of()));
        assertEquals("running running", states(db, web));
        assertTrue(started(db).compareTo(started(web)) < 0, "db is started before web: the first service first");

        String webStarted = started(web);
        f.perform(new RestartProject(project, ComposeCli.PLUGIN, List.of()));
        assertEquals("running running", states(db, web));
        assertNotEquals(webStarted, started(web));

        f.perform(new RemoveProject(project, ComposeCli.NONE, List.of(), List.of(), List.of(), false));
        assertEquals("", f.engine.docker("ps", "-aq", "--filter", "label=" + projectLabel));
        assertEquals("", f.engine.docker("network", "ls", "-q", "--filter", "label=" + projectLabel));
        assertEquals(vol, f.engine.docker("volume", "ls", "-q", "--filter", "label=" + projectLabel),
                "volumes stay unless asked");

        member(project, "db", "bridge", "-v", vol + ":/data");
        f.perform(new RemoveProject(project, ComposeCli.NONE, List.of(), List.of(), List.of(), true));
        assertEquals("", f.engine.docker("volume", "ls", "-q", "--filter", "label=" + projectLabel));
    }

    private static String member(String project, String service, String network, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--name", project + "-" + service + "-1", "--network",
                network, "--label", Compose.PROJECT_LABEL + "=" + project, "--label", Compose.SERVICE_LABEL + "=" + service,
                "--label", Compose.NUMBER_LABEL + "=1"));
        args.addAll(List.of(more));
        args.addAll(List.of(TestEngine.BASE_IMAGE, "sleep", "300"));
        return f.engine.runDetached(args.toArray(String[]::new));
    }

    private static String states(String... ids) {
        return String.join(" ", Arrays.stream(ids).map(id -> f.inspect("{{.State.Status}}", id)).toList());
    }

    private static String started(String id) {
        return f.inspect("{{.State.StartedAt}}", id);
    }

    private static String finished(String id) {
        return f.inspect("{{.State.FinishedAt}}", id);
    }

    @Test
    void theComposeProbeFindsWhatTheCommandLinesSay() {
        ComposeCli expected = f.engine.tryDocker("compose", "version").exitCode() == 0 ? ComposeCli.PLUGIN
                : ComposeCliProbe.answers(List.of("docker-compose", "version"), ComposeCliProbe.LIMIT)
                ? ComposeCli.STANDALONE : ComposeCli.NONE;
        assertEquals(expected, CommandsFixture.await(f.commands.composeCli()));
    }
}
