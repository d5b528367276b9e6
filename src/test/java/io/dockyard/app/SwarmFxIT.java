package io.dockyard.app;

import io.dockyard.testing.Await;
import io.dockyard.testing.FxScene;
import io.dockyard.testing.TestEngine;
import io.dockyard.testing.TwoNodeSwarm;
import io.dockyard.yard.YardView;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static io.dockyard.testing.FxScene.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real two-node Swarm in the real window, its manager found first and its worker shown beside
 * it: what {@code docker service ps} says runs is what the manager's yard draws as running tasks,
 * through a scale up, a scale down and a rolling update made in a terminal; each task the worker
 * runs is a container on the worker's own yard. Prints the time from {@code docker service scale}
 * returning to the yard drawing every new task running (a figure, not an assertion).
 */
@Timeout(420)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwarmFxIT {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private final FxRobot robot = new FxRobot();
    private final FxScene scene = new FxScene(robot);
    private TwoNodeSwarm swarm;
    private TestEngine manager;
    private DockyardApp app;
    private String managerTag;
    private String workerTag;

    @BeforeAll
    void startSwarm() throws Exception {
        swarm = TwoNodeSwarm.start();
        manager = swarm.manager();
        managerTag = YardView.engineTag(manager.docker("info", "--format", "{{.ID}}"));
        workerTag = YardView.engineTag(swarm.worker().docker("info", "--format", "{{.ID}}"));
    }

    @AfterAll
    void stopSwarm() {
        if (swarm != null) {
            swarm.close();
        }
    }

    @BeforeEach
    void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = TestLaunch.app(swarm.managerHost());
        Await.until(LIMIT, () -> "live".equals(scene.text("#status-text")), () -> "status: " + scene.text("#status-text"));
        Await.until(LIMIT, () -> scene.present("#journal"), () -> "the journal never arrived");
        robot.clickOn("#engines-menu");
        robot.clickOn(labelled("Add an engine…"));
        robot.clickOn("#add-engine-address").write(swarm.workerHost());
        robot.clickOn("#add-engine-add");
        Await.until(LIMIT, () -> scene.present("#engine-" + managerTag) && scene.present("#engine-" + workerTag),
                () -> "regions: " + onFx(() -> robot.lookup(".engine").queryAll().stream().map(Node::getId).toList()));
    }

    @AfterEach
    void close() throws Exception {
        manager.tryDocker("service", "rm", "web");
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void theYardFollowsAServiceThroughScaleAndARollingUpdateOnBothEngines() {
        manager.docker("service", "create", "--detach", "--name", "web", "--replicas", "3", "--stop-grace-period", "1s",
                "--update-delay", "0s", swarm.image(1), "sleep", "100000");
        awaitYardAsTheCliShows("after service create");

        manager.docker("service", "scale", "--detach", "web=6");
        long scaled = System.nanoTime();
        long[] cliRunning = {0};
        Await.until(LIMIT, () -> {
            // the CLI is asked each round (one `docker service ps` paces the loop), the yard read each round
            if (cliRunning[0] == 0 && runningTasks().size() == 6) {
                cliRunning[0] = System.nanoTime();
            }
            return cliRunning[0] != 0 && drawnRunning().size() == 6;
        }, () -> "after scaling to 6, the yard draws running " + drawnRunning());
        long drawn = System.nanoTime();
        awaitYardAsTheCliShows("after scaling to 6", 6);
        System.out.printf("swarm: docker service scale web=6 → docker service ps shows 6 running after %d ms,"
                        + " the yard draws them running after %d ms%n",
                TimeUnit.NANOSECONDS.toMillis(cliRunning[0] - scaled), TimeUnit.NANOSECONDS.toMillis(drawn - scaled));
        awaitWorkerContainersDrawn();

        manager.docker("service", "scale", "--detach", "web=2");
        awaitYardAsTheCliShows("after scaling to 2", 2);

        manager.docker("service", "update", "--detach", "--image", swarm.image(2), "web");
        Await.until(LIMIT, () -> runningTasks().stream().allMatch(t -> t.image().equals(swarm.image(2)))
                        && runningTasks().size() == 2,
                () -> "the rolling update did not finish: " + runningTasks());
        awaitYardAsTheCliShows("after the rolling update", 2);
        awaitWorkerContainersDrawn();
    }

    /** A running task as {@code docker service ps} shows it. */
    private record CliTask(String id, String node, String image, String container) {
    }

    private List<CliTask> runningTasks() {
        String ps = manager.docker("service", "ps", "web", "--no-trunc", "--filter", "desired-state=running",
                "--format", "{{.ID}} {{.CurrentState}}");
        return Arrays.stream(ps.split("\n")).filter(l -> l.contains(" Running")).map(l -> l.split(" ")[0])
                .map(this::inspectTask).toList();
    }

    private CliTask inspectTask(String id) {
        String[] f = manager.docker("inspect", "--format",
                "{{.NodeID}} {{.Spec.ContainerSpec.Image}} {{.Status.ContainerStatus.ContainerID}}", id).split(" ");
        String image = f[1].contains("@") ? f[1].substring(0, f[1].indexOf('@')) : f[1];
        return new CliTask(id, f[0], image, f.length > 2 ? f[2] : "");
    }

    private void awaitYardAsTheCliShows(String when) {
        awaitYardAsTheCliShows(when, 3);
    }

    /** The manager's region draws as :running exactly the tasks the CLI says run, once it has {@code replicas}. */
    private void awaitYardAsTheCliShows(String when, int replicas) {
        Await.until(LIMIT, () -> {
            List<CliTask> cli = runningTasks();
            return cli.size() == replicas && drawnRunning().equals(ids(cli));
        }, () -> when + ": the CLI runs " + ids(runningTasks()) + ", the yard draws running " + drawnRunning());
    }

    /** Each task the worker runs is its container on the worker's own yard. */
    private void awaitWorkerContainersDrawn() {
        Await.until(LIMIT, () -> runningTasks().stream().filter(t -> t.node().equals(swarm.workerId()))
                        .allMatch(t -> scene.present("#engine-" + workerTag + " #container-" + workerTag + "-"
                                + t.container().substring(0, 12))),
                () -> "not every worker task's container is on the worker's yard: " + runningTasks());
    }

    private Set<String> drawnRunning() {
        String prefix = "task-" + managerTag + "-";
        return onFx(() -> robot.lookup("#engine-" + managerTag + " .task").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("running")))
                .filter(n -> n.getPseudoClassStates().stream().noneMatch(p -> p.getPseudoClassName().equals("history")))
                .map(Node::getId).filter(id -> id != null && id.startsWith(prefix))
                .map(id -> id.substring(prefix.length())).collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Set<String> ids(List<CliTask> tasks) {
        return tasks.stream().map(t -> t.id().substring(0, 12)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Predicate<Node> labelled(String start) {
        return n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith(start) && n.isVisible();
    }
}
