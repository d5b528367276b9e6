package io.dockyard.app;

import io.dockyard.journal.JournalEntry;
import io.dockyard.model.Compose;
import io.dockyard.testing.Await;
import io.dockyard.testing.FxScene;
import io.dockyard.testing.TestCompose;
import io.dockyard.testing.TestEngine;
import io.dockyard.yard.LinkLine;
import io.dockyard.yard.YardView;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.dockyard.testing.FxScene.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole engine on the real window: a compose project started in a terminal is drawn framed
 * with its volumes, buses, mounts and attachments and stops from its frame's menu; what a terminal
 * does to volumes, networks and a container's attachments is drawn as it happens; dragging an
 * instance onto a bus connects it; {@code docker-compose down -v} takes the whole project away.
 * The truth each check compares with is the docker CLI's, never Dockyard's model.
 */
@Timeout(240)
class WholeEngineFxIT {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String COMPOSE_FILE = "/io/dockyard/engine/two-networks-two-volumes.yml";
    /** The networks every engine has; the yard draws only user-defined ones. */
    private static final Set<String> BUILT_IN_NETWORKS = Set.of("bridge", "host", "none");
    private final FxRobot robot = new FxRobot();
    private final FxScene scene = new FxScene(robot);
    private TestEngine engine;
    private DockyardApp app;

    @BeforeEach
    void launch() throws Exception {
        engine = TestEngine.require();
        Stage stage = FxToolkit.registerPrimaryStage();
        app = TestLaunch.app(engine.host());
        Await.until(LIMIT, () -> "live".equals(scene.text("#status-text")), () -> "status: " + scene.text("#status-text"));
        Await.until(LIMIT, () -> scene.present("#journal"), () -> "the journal never arrived");
        assertTrue(stage.isShowing());
    }

    @AfterEach
    void close() throws Exception {
        if (app == null) {
            return; // skipped: no engine
        }
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        engine.cleanup();
    }

    @Test
    void aComposeProjectIsDrawnFramedStopsFromItsFrameAndLeavesWithDown() throws Exception {
        String project = "dywhole" + engine.runId();
        TestCompose compose = TestCompose.of(engine, project, COMPOSE_FILE);
        try {
            compose.run("up", "-d", "--scale", "web=2");
            long upReturned = System.nanoTime();
            ProjectTruth truth = ProjectTruth.of(engine, project);
            assertEquals(2, truth.containers().size(), "two replicas of web: " + truth);
            assertEquals(2, truth.volumes().size(), "two named volumes: " + truth);
            assertEquals(2, truth.networks().size(), "two user-defined networks: " + truth);
            Await.until(LIMIT, () -> whatIsNotDrawn(truth).isEmpty(), () -> whatIsNotDrawn(truth));
            System.out.printf("whole-engine: compose project %s (2 containers, 2 volumes, 2 networks, %d mounts,"
                            + " %d attachments) fully drawn %d ms after docker-compose up returned%n", project,
                    truth.mounts().size(), truth.attachments().size(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - upReturned));

            stopFromTheFramesMenu(project);
            Await.until(LIMIT, () -> truth.containers().stream().allMatch(id -> "exited".equals(status(id))),
                    () -> "docker inspect does not show every container exited: "
                            + truth.containers().stream().map(this::status).toList());
            Await.until(LIMIT, () -> truth.containers().stream().allMatch(id -> hasPseudoClass(node(id), "exited")),
                    () -> "the yard does not draw every instance :exited");
            String stopLine = "docker-compose -p " + project + " stop";
            Await.until(LIMIT, () -> journalLines().contains(stopLine),
                    () -> "the journal does not show '" + stopLine + "': " + journalLines());

            compose.run("down", "-v");
            Await.until(LIMIT, () -> whatIsStillDrawn(truth).isEmpty(), () -> "after down -v: " + whatIsStillDrawn(truth));
        } finally {
            compose.runQuietly("down", "-v", "--timeout", "1");
        }
    }

    @Test
    void whatATerminalDoesToVolumesNetworksAndAttachmentsIsDrawn() {
        String run = engine.runId();
        String volume = "dy-whole-vol-" + run;
        engine.docker("volume", "create", "--label", engine.label(), volume);
        Await.until(LIMIT, () -> scene.present(volumeNode(volume)), () -> "after volume create: no " + volumeNode(volume));

        String network = engine.docker("network", "create", "--label", engine.label(), "dy-whole-net-" + run);
        Await.until(LIMIT, () -> scene.present(networkNode(network)), () -> "after network create: no " + networkNode(network));

        String box = engine.runDetached("--name", "dy-whole-box-" + run, "-v", volume + ":/data",
                TestEngine.BASE_IMAGE, "sleep", "300");
        List<String> ids = List.of(box);
        assertEquals(1, cliMounts(engine, ids).size(), "the CLI shows one volume mount");
        assertEquals(List.of(), cliAttachments(engine, ids), "on the default bridge only");
        awaitLinksAsTheCliSays(ids, "after docker run");

        engine.docker("network", "connect", network, box);
        assertEquals(1, cliAttachments(engine, ids).size(), "the CLI shows the attachment");
        awaitLinksAsTheCliSays(ids, "after docker network connect");

        engine.docker("network", "disconnect", network, box);
        assertEquals(List.of(), cliAttachments(engine, ids), "the CLI shows no attachment");
        awaitLinksAsTheCliSays(ids, "after docker network disconnect");

        engine.docker("rm", "-f", box);
        Await.until(LIMIT, () -> !scene.present(node(box)) && yardLinks("mount", ids).isEmpty(),
                () -> "after docker rm -f: instance " + scene.present(node(box)) + ", mounts " + yardLinks("mount", ids));

        engine.docker("volume", "rm", volume);
        Await.until(LIMIT, () -> !scene.present(volumeNode(volume)), () -> "after volume rm: " + volumeNode(volume) + " stays");
        engine.docker("network", "rm", network);
        Await.until(LIMIT, () -> !scene.present(networkNode(network)), () -> "after network rm: " + networkNode(network) + " stays");
    }

    @Test
    void draggingAnInstanceOntoABusConnectsIt() {
        String run = engine.runId();
        String name = "dy-whole-drag-" + run;
        String network = engine.docker("network", "create", "--label", engine.label(), name);
        String box = engine.runDetached("--name", name, TestEngine.BASE_IMAGE, "sleep", "300");
        Await.until(LIMIT, () -> scene.present(node(box)) && scene.present(networkNode(network)), () -> "the instance or the bus is not drawn");
        assertEquals(List.of(), yardLinks("attachment", List.of(box)), "not attached before the drag");
        showWholeYard();

        Node instance = robot.lookup(node(box)).query();
        Node bus = robot.lookup(networkNode(network)).query();
        robot.drag(instance, MouseButton.PRIMARY).dropTo(bus);

        Await.until(LIMIT, () -> cliNetworkNames(box).contains(name),
                () -> "docker inspect shows " + name + " on " + cliNetworkNames(box) + " only");
        Await.until(LIMIT, () -> yardLinks("attachment", List.of(box)).equals(cliAttachments(engine, List.of(box))),
                () -> "the yard's attachments " + yardLinks("attachment", List.of(box)) + ", the CLI's "
                        + cliAttachments(engine, List.of(box)));
        assertEquals(1, yardLinks("attachment", List.of(box)).size(), "one attachment link");
    }

    // ---- the project, from the frame's menu

    private void stopFromTheFramesMenu(String project) {
        showWholeYard();
        Node frame = robot.lookup(projectNode(project)).query();
        // the frame's title band: inside the frame, above its members
        robot.rightClickOn(robot.point(frame).atPosition(Pos.TOP_LEFT).atOffset(new Point2D(12, 8)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#action-project-stop");
    }

    /** Fits the yard into the window, so that the robot can reach every node. */
    private void showWholeYard() {
        robot.interact(() -> robot.lookup("#yard").queryAs(YardView.class).fitToView());
        WaitForAsyncUtils.waitForFxEvents();
    }

    // ---- what the yard draws, against the CLI's truth

    /** Empty when the frame, every member inside it, every volume, bus, mount and attachment is drawn. */
    private String whatIsNotDrawn(ProjectTruth truth) {
        return onFx(() -> {
            List<String> wrong = new ArrayList<>();
            Optional<Node> frame = scene.find(projectNode(truth.project()));
            if (frame.isEmpty()) {
                return "no frame " + projectNode(truth.project());
            }
            Bounds frameBounds = sceneBounds(frame.get());
            for (String id : truth.containers()) {
                Optional<Node> instance = scene.find(node(id));
                if (instance.isEmpty()) {
                    wrong.add("no instance " + node(id));
                } else if (!frameBounds.contains(sceneBounds(instance.get()))) {
                    wrong.add(node(id) + " at " + sceneBounds(instance.get()) + " outside the frame at " + frameBounds);
                }
            }
            truth.volumes().stream().map(WholeEngineFxIT::volumeNode).filter(v -> scene.find(v).isEmpty())
                    .forEach(v -> wrong.add("no volume " + v));
            truth.networks().stream().map(WholeEngineFxIT::networkNode).filter(n -> scene.find(n).isEmpty())
                    .forEach(n -> wrong.add("no bus " + n));
            List<String> mounts = yardLinks("mount", truth.containers());
            if (!mounts.equals(truth.mounts())) {
                wrong.add("mounts drawn " + mounts + ", the CLI's " + truth.mounts());
            }
            List<String> attachments = yardLinks("attachment", truth.containers());
            if (!attachments.equals(truth.attachments())) {
                wrong.add("attachments drawn " + attachments + ", the CLI's " + truth.attachments());
            }
            return String.join("; ", wrong);
        });
    }

    /** Empty when nothing of the project is on the yard any more. */
    private String whatIsStillDrawn(ProjectTruth truth) {
        List<String> queries = new ArrayList<>(List.of(projectNode(truth.project())));
        truth.containers().forEach(id -> queries.add(node(id)));
        truth.volumes().forEach(v -> queries.add(volumeNode(v)));
        truth.networks().forEach(n -> queries.add(networkNode(n)));
        List<String> left = new ArrayList<>(queries.stream().filter(scene::present).toList());
        left.addAll(yardLinks("mount", truth.containers()));
        left.addAll(yardLinks("attachment", truth.containers()));
        return String.join(", ", left);
    }

    /** The CLI's word once (the command has returned), then the yard's until they agree. */
    private void awaitLinksAsTheCliSays(List<String> ids, String when) {
        List<String> mounts = cliMounts(engine, ids);
        List<String> attachments = cliAttachments(engine, ids);
        Await.until(LIMIT, () -> ids.stream().allMatch(id -> scene.present(node(id)))
                        && yardLinks("mount", ids).equals(mounts) && yardLinks("attachment", ids).equals(attachments),
                () -> when + ": mounts drawn " + yardLinks("mount", ids) + ", the CLI's " + mounts
                        + "; attachments drawn " + yardLinks("attachment", ids) + ", the CLI's " + attachments);
    }

    /** The links of a style class that start at the containers, as "container-… → node id", sorted. */
    private List<String> yardLinks(String styleClass, List<String> containerIds) {
        Set<String> from = Set.copyOf(containerIds.stream().map(id -> id.substring(0, 12)).toList());
        return onFx(() -> robot.lookup("." + styleClass).queryAllAs(LinkLine.class).stream()
                .filter(l -> l.target() != null && from.contains(l.containerId().substring(0, 12)))
                .map(l -> "container-" + l.containerId().substring(0, 12) + " → " + l.target().getId())
                .sorted().toList());
    }

    /** Each volume mount of the containers, as {@code docker inspect} has it, in the form of {@link #yardLinks}. */
    private static List<String> cliMounts(TestEngine engine, List<String> containerIds) {
        List<String> links = new ArrayList<>();
        for (String id : containerIds) {
            for (String volume : lines(engine.docker("inspect", "--format",
                    "{{range .Mounts}}{{if eq .Type \"volume\"}}{{.Name}}\n{{end}}{{end}}", id))) {
                links.add(node(id).substring(1) + " → " + volumeNode(volume).substring(1));
            }
        }
        return links.stream().sorted().toList();
    }

    /** Each attachment of the containers to a user-defined network, as {@code docker inspect} has it. */
    private static List<String> cliAttachments(TestEngine engine, List<String> containerIds) {
        List<String> links = new ArrayList<>();
        for (String id : containerIds) {
            for (String line : lines(engine.docker("inspect", "--format",
                    "{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{$v.NetworkID}}\n{{end}}", id))) {
                String[] nameAndId = line.split(" ");
                if (!BUILT_IN_NETWORKS.contains(nameAndId[0])) {
                    links.add(node(id).substring(1) + " → " + networkNode(nameAndId[1]).substring(1));
                }
            }
        }
        return links.stream().sorted().toList();
    }

    private List<String> cliNetworkNames(String id) {
        return lines(engine.docker("inspect", "--format", "{{range $k, $v := .NetworkSettings.Networks}}{{$k}}\n{{end}}", id));
    }

    private String status(String id) {
        return engine.docker("inspect", "--format", "{{.State.Status}}", id);
    }

    private List<String> journalLines() {
        return onFx(() -> robot.lookup("#journal").<ListView<JournalEntry>>query().getItems().stream()
                .map(JournalEntry::cliLine).toList());
    }

    /** What the CLI says the project is, read once after {@code up}: ids, names and the links they make. */
    private record ProjectTruth(String project, List<String> containers, List<String> volumes, List<String> networks,
                                List<String> mounts, List<String> attachments) {
        static ProjectTruth of(TestEngine engine, String project) {
            String label = "label=" + Compose.PROJECT_LABEL + "=" + project;
            List<String> containers = lines(engine.docker("ps", "-aq", "--no-trunc", "--filter", label));
            return new ProjectTruth(project, containers, lines(engine.docker("volume", "ls", "-q", "--filter", label)),
                    lines(engine.docker("network", "ls", "-q", "--no-trunc", "--filter", label)),
                    cliMounts(engine, containers), cliAttachments(engine, containers));
        }
    }

    // ---- names (ARCHITECTURE.md, "Names that tests and users rely on")

    private static String node(String containerId) {
        return "#container-" + containerId.substring(0, 12);
    }

    private static String volumeNode(String name) {
        return "#volume-" + sha12(name);
    }

    private static String networkNode(String id) {
        return "#network-" + id.substring(0, 12);
    }

    private static String projectNode(String name) {
        return "#project-" + sha12(name);
    }

    private static String sha12(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError("every Java runtime has SHA-256", e);
        }
    }

    // ---- reading the scene

    private static List<String> lines(String output) {
        return Arrays.stream(output.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    private boolean hasPseudoClass(String query, String pseudoClass) {
        return onFx(() -> scene.find(query).map(n -> n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals(pseudoClass))).orElse(false));
    }
}
