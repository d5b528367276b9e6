package io.dockyard.engine;

import io.dockyard.model.Attachment;
import io.dockyard.model.Compose;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.MountPoint;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.EngineTruth;
import io.dockyard.testing.LiveFeed;
import io.dockyard.testing.TestEngine;
import io.dockyard.testing.TestCompose;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Volumes, networks, attachments and mounts in the model follow what a user does in a terminal
 * (the docker CLI and docker-compose), and match what the CLI itself then shows.
 */
@Timeout(300)
class VolumesAndNetworksIT {
    private static final java.time.Duration CONVERGE = java.time.Duration.ofSeconds(5);
    private static TestEngine engine;
    private static EngineStore store;
    private static EngineFeed feed;

    @BeforeAll
    static void connect() {
        engine = TestEngine.require();
        LiveFeed live = LiveFeed.start(engine.endpoint(), Runnable::run);
        store = live.store();
        feed = live.feed();
    }

    @AfterAll
    static void disconnect() {
        if (feed != null) {
            feed.close();
            store.close();
        }
    }

    /** Containers first (they hold volumes and networks), then what this run labelled. */
    @AfterEach
    void removeWhatThisRunMade() {
        engine.cleanup();
        removeAll("volume", engine.docker("volume", "ls", "-q", "--filter", "label=" + engine.label()));
        removeAll("network", engine.docker("network", "ls", "-q", "--filter", "label=" + engine.label()));
    }

    private static void removeAll(String kind, String ids) {
        for (String id : ids.split("\\s+")) {
            if (!id.isBlank()) {
                engine.tryDocker(kind, "rm", id);
            }
        }
    }

    @Test
    void volumesNetworksAttachmentsAndMountsFollowTheDockerCli() {
        String run = engine.runId();
        String volume = "dy-vol-" + run;
        String network = "dy-net-" + run;
        engine.docker("volume", "create", "--label", engine.label(), volume);
        String networkId = engine.docker("network", "create", "--label", engine.label(), network);
        convergeOnVolumesAndNetworks("after volume create and network create");

        String box = engine.runDetached("--name", "dy-box-" + run, "-v", volume + ":/data",
                "--mount", "type=bind,source=/tmp,target=/host-tmp,readonly", TestEngine.BASE_IMAGE, "sleep", "300");
        convergeOnContainer(box, "after docker run");

        engine.docker("network", "connect", "--alias", "box", network, box);
        convergeOnContainer(box, "after docker network connect");
        assertTrue(store.current().containers().get(box).networks().stream()
                        .anyMatch(a -> a.networkId().equals(networkId) && a.aliases().contains("box")
                                && !a.ipAddress().isEmpty()),
                "attached with its alias and an address: " + store.current().containers().get(box).networks());

        engine.docker("network", "disconnect", network, box);
        convergeOnContainer(box, "after docker network disconnect");

        engine.docker("rm", "-f", box);
        engine.docker("volume", "rm", volume);
        engine.docker("network", "rm", network);
        Await.until(CONVERGE, () -> !store.current().volumes().containsKey(volume)
                && !store.current().networks().containsKey(networkId), () -> "volume or network still in the model");
        convergeOnVolumesAndNetworks("after volume rm and network rm");
    }

    @Test
    void aComposeProjectWithTwoNetworksTwoVolumesAndTwoReplicasIsInTheModelAndGoneAfterDown() throws Exception {
        String project = "dyfeed" + engine.runId();
        TestCompose compose = TestCompose.of(engine, project, "/io/dockyard/engine/two-networks-two-volumes.yml");
        try {
            compose.run("up", "-d", "--scale", "web=2");
            List<String> ids = lines(engine.docker("ps", "-aq", "--no-trunc", "--filter",
                    "label=" + Compose.PROJECT_LABEL + "=" + project));
            assertEquals(2, ids.size(), "two replicas of web");
            for (String id : ids) {
                convergeOnContainer(id, "after docker-compose up");
                ContainerInstance c = store.current().containers().get(id);
                assertEquals(cliLabels(id), composeLabels(c.labels()), "the compose labels of " + c.name());
            }
            Supplier<Set<String>> cliVolumes = () -> set(engine.docker("volume", "ls", "-q", "--filter",
                    "label=" + Compose.PROJECT_LABEL + "=" + project));
            Supplier<Set<String>> cliNetworks = () -> set(engine.docker("network", "ls", "-q", "--no-trunc",
                    "--filter", "label=" + Compose.PROJECT_LABEL + "=" + project));
            assertEquals(Set.of(project + "_data", project + "_cache"), cliVolumes.get());
            assertEquals(2, cliNetworks.get().size());
            Await.until(CONVERGE, () -> projectVolumes(project).equals(cliVolumes.get())
                            && projectNetworks(project).equals(cliNetworks.get()),
                    () -> "the project's volumes " + projectVolumes(project) + " and networks "
                            + projectNetworks(project) + " differ from the CLI's");
            convergeOnVolumesAndNetworks("after docker-compose up");

            compose.run("down", "-v");
            Await.until(CONVERGE, () -> projectVolumes(project).isEmpty() && projectNetworks(project).isEmpty()
                            && store.current().containers().values().stream()
                            .noneMatch(c -> project.equals(c.labels().get(Compose.PROJECT_LABEL))),
                    () -> "the project is still in the model after down -v: " + projectVolumes(project) + " "
                            + projectNetworks(project));
            convergeOnVolumesAndNetworks("after docker-compose down -v");
        } finally {
            // whatever the test left, even when it failed half way; the label sweep follows
            compose.runQuietly("down", "-v", "--timeout", "1");
        }
    }

    // ---- the CLI's truth against the model's

    private void convergeOnVolumesAndNetworks(String when) {
        Supplier<Set<String>> volumes = () -> set(engine.docker("volume", "ls", "--format", "{{.Name}} {{.Driver}}"));
        Supplier<Set<String>> networks = () -> set(engine.docker("network", "ls", "--no-trunc", "--format",
                "{{.ID}} {{.Name}} {{.Driver}} {{.Scope}}"));
        Await.until(CONVERGE, () -> modelVolumes().equals(volumes.get()) && modelNetworks().equals(networks.get()),
                () -> when + ": volumes " + EngineTruth.difference(modelVolumes(), volumes.get()) + "; networks "
                        + EngineTruth.difference(modelNetworks(), networks.get()));
    }

    /** The container's networks and mounts in the model equal its {@code docker inspect}. */
    private void convergeOnContainer(String id, String when) {
        Supplier<Set<String>> networks = () -> set(engine.docker("inspect", "--format",
                "{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.NetworkID}} {{$v.IPAddress}} "
                        + "{{join $v.Aliases \",\"}}\n{{end}}", id));
        Supplier<Set<String>> mounts = () -> set(engine.docker("inspect", "--format",
                "{{range .Mounts}}{{.Type}} {{.Name}} {{.Source}} {{.Destination}} {{.RW}}\n{{end}}", id));
        Await.until(CONVERGE, () -> attachments(id).equals(networks.get()) && mounts(id).equals(mounts.get()),
                () -> when + ": networks " + EngineTruth.difference(attachments(id), networks.get()) + "; mounts "
                        + EngineTruth.difference(mounts(id), mounts.get()));
    }

    private static Set<String> modelVolumes() {
        return store.current().volumes().values().stream().map(v -> v.name() + " " + v.driver())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> modelNetworks() {
        return store.current().networks().values().stream()
                .map(n -> n.id() + " " + n.name() + " " + n.driver() + " " + n.scope())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> projectVolumes(String project) {
        return store.current().volumes().values().stream().filter(v -> v.composeProject().equals(project))
                .map(v -> v.name()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> projectNetworks(String project) {
        return store.current().networks().values().stream().filter(n -> n.composeProject().equals(project))
                .map(n -> n.id()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> attachments(String id) {
        ContainerInstance c = store.current().containers().get(id);
        if (c == null) {
            return Set.of("(not in the model)");
        }
        return c.networks().stream().map(VolumesAndNetworksIT::line).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String line(Attachment a) {
        return (a.networkName() + " " + a.networkId() + " " + a.ipAddress() + " " + String.join(",", a.aliases())).strip();
    }

    private static Set<String> mounts(String id) {
        EngineState s = store.current();
        ContainerInstance c = s.containers().get(id);
        if (c == null) {
            return Set.of("(not in the model)");
        }
        return c.mounts().stream().map(VolumesAndNetworksIT::line).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String line(MountPoint m) {
        return (m.type() + " " + m.name() + " " + m.source() + " " + m.destination() + " " + m.readWrite()).strip();
    }

    private static Map<String, String> cliLabels(String id) {
        String out = engine.docker("inspect", "--format", "{{index .Config.Labels \"" + Compose.PROJECT_LABEL
                + "\"}} {{index .Config.Labels \"" + Compose.SERVICE_LABEL + "\"}} {{index .Config.Labels \""
                + Compose.NUMBER_LABEL + "\"}}", id);
        String[] p = out.split(" ");
        return Map.of(Compose.PROJECT_LABEL, p[0], Compose.SERVICE_LABEL, p[1], Compose.NUMBER_LABEL, p[2]);
    }

    private static Map<String, String> composeLabels(Map<String, String> labels) {
        return Map.of(Compose.PROJECT_LABEL, labels.getOrDefault(Compose.PROJECT_LABEL, ""),
                Compose.SERVICE_LABEL, labels.getOrDefault(Compose.SERVICE_LABEL, ""),
                Compose.NUMBER_LABEL, labels.getOrDefault(Compose.NUMBER_LABEL, ""));
    }

    private static Set<String> set(String output) {
        return new TreeSet<>(lines(output));
    }

    private static List<String> lines(String output) {
        return Arrays.stream(output.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
