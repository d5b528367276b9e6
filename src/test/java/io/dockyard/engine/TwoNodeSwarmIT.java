package io.dockyard.engine;

import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineClient;
import io.dockyard.engine.api.EngineCommands;
import io.dockyard.intent.Intent;
import io.dockyard.intent.RemoveService;
import io.dockyard.intent.ScaleService;
import io.dockyard.intent.UpdateNodeAvailability;
import io.dockyard.intent.UpdateServiceImage;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode.Availability;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.SecondEngine;
import io.dockyard.testing.TestEngine;
import io.dockyard.testing.TwoNodeSwarm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dockyard's model of a real two-node Swarm (two test-owned dockerds on this machine, a registry
 * on loopback) against what {@code docker node ls}, {@code docker service ls} and
 * {@code docker service ps --no-trunc} say, through a service's life: created with 3 replicas,
 * scaled to 6 and down to 2, rolled to a second tag, its worker drained and made active again;
 * then the four Swarm intents performed through the engine adapter. One swarm for the class; the
 * tests run in order and each leaves the service as the next expects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(180)
class TwoNodeSwarmIT {
    private static final Duration CONVERGE = Duration.ofSeconds(60);
    private static final Duration MODEL = Duration.ofSeconds(15);

    private TwoNodeSwarm swarm;
    private TestEngine cli;
    private EngineStore store;
    private EngineFeed feed;
    private ExecutorService executor;
    private EngineCommands commands;
    private String serviceId;

    @BeforeAll
    void startSwarm() throws Exception {
        swarm = TwoNodeSwarm.start();
        cli = swarm.manager();
        EngineEndpoint manager = new EngineEndpoint(swarm.managerHost(), false, null, "test", "swarm manager");
        store = new EngineStore(EngineState.empty(Connection.connecting(manager.host(), "")), Runnable::run);
        feed = new EngineFeed(() -> EndpointChoice.of(manager), store::accept, Clock.systemUTC());
        feed.start();
        executor = Executors.newCachedThreadPool();
        commands = DockerEngineCommands.open(manager, executor);
    }

    @AfterAll
    void stopSwarm() {
        try {
            if (commands != null) {
                commands.close();
            }
            if (feed != null) {
                feed.close();
            }
            if (store != null) {
                store.close();
            }
            if (executor != null) {
                executor.shutdownNow();
            }
        } finally {
            if (swarm != null) {
                swarm.close();
            }
        }
    }

    private EngineState model() {
        return store.current();
    }

    @Test
    @Order(1)
    void aNewServiceOfThreeIsModelledAsTheCliShowsItsNodesServiceAndTasks() {
        awaitModel("nodes", () -> SwarmTruth.nodes(cli).equals(SwarmTruth.nodes(model())),
                () -> SwarmTruth.nodes(cli) + "\nmodel " + SwarmTruth.nodes(model()));
        assertEquals(2, model().nodes().size());
        assertTrue(model().nodes().get(swarm.managerId()).leader());

        serviceId = cli.docker("service", "create", "-d", "--name", "web", "--replicas", "3", "--label", cli.label(),
                "--stop-grace-period", "1s", "--update-delay", "0s", "--update-parallelism", "2",
                swarm.image(1));
        awaitConverged(3);
        awaitTasksAsTheCliShows();
        SwarmService web = model().services().get(serviceId);
        assertEquals("web", web.name());
        assertEquals(swarm.image(1), web.imageName());
        assertEquals(3, web.replicas());
        assertEquals(cli.runId(), web.labels().get("dockyard.test"));
        assertEquals(3, model().tasksOf(serviceId).stream().filter(SwarmTask::isRunning).count());
    }

    @Test
    @Order(2)
    void scalingUpToSixStartsTasksOnBothNodes() throws Exception {
        long started = System.nanoTime();
        Process scale = new ProcessBuilder("docker", "-H", swarm.managerHost(), "service", "scale", "web=6")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Await.until(CONVERGE, () -> runningInModel() == 6, () -> "model has " + runningInModel() + " running");
        long modelMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(scale.waitFor(60, TimeUnit.SECONDS), "docker service scale returned");
        long cliMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("SWARM scale 3->6: model held 6 running tasks %d ms after `docker service scale web=6`"
                + " began (the command itself returned after %d ms)%n", modelMs, cliMs);
        awaitConverged(6);
        awaitTasksAsTheCliShows();
        assertFalse(SwarmTruth.tasksOn(cli, "web", swarm.workerId(), true).isEmpty(), "the worker runs some");
        assertEquals(SwarmTruth.tasksOn(cli, "web", swarm.workerId(), false),
                SwarmTruth.tasksOn(model(), serviceId, swarm.workerId(), false));
        measurePoll();
    }

    @Test
    @Order(3)
    void scalingDownToTwoLeavesNoTaskBehind() {
        cli.docker("service", "scale", "-d", "web=2");
        awaitConverged(2);
        awaitTasksAsTheCliShows();
        assertEquals(2, runningInModel());
        // the swarm deletes the tasks of the slots it gave up a moment after they stop: the model follows
        awaitModel("every task on both nodes", () -> SwarmTruth.allTasks(cli, swarm.managerId(), swarm.workerId())
                .equals(model().tasks().keySet()), () -> SwarmTruth.allTasks(cli, swarm.managerId(), swarm.workerId())
                + "\nmodel " + model().tasks().keySet());
        awaitTasksAsTheCliShows();
    }

    @Test
    @Order(4)
    void aRollingUpdateReplacesEveryTaskAndKeepsTheOldOnesAsHistory() {
        cli.docker("service", "update", "-d", "--image", swarm.image(2), "web");
        Await.until(CONVERGE, () -> cli.docker("service", "inspect", "--format", "{{.UpdateStatus.State}}", "web")
                .equals("completed"), () -> "update state " + cli.tryDocker("service", "inspect", "--format",
                "{{json .UpdateStatus}}", "web").output());
        awaitConverged(2);
        awaitTasksAsTheCliShows();
        SwarmService web = model().services().get(serviceId);
        awaitModel("the update's end", () -> model().services().get(serviceId).updateState().equals("completed"),
                () -> model().services().get(serviceId).toString());
        assertEquals(swarm.image(2), web.imageName());
        for (SwarmTask t : model().tasksOf(serviceId)) {
            if (t.isRunning()) {
                assertTrue(t.image().startsWith(swarm.image(2)), "a running task of the new tag: " + t);
            }
        }
        assertTrue(model().tasksOf(serviceId).stream().anyMatch(t -> t.isHistory()
                && t.currentState() == SwarmTask.State.SHUTDOWN && t.image().startsWith(swarm.image(1))),
                "the old tasks stay as shut-down history, as docker service ps shows them");
    }

    @Test
    @Order(5)
    void drainingTheWorkerMovesItsTasksToTheManagerAndTheIntentMakesItActiveAgain() throws Exception {
        cli.docker("node", "update", "--availability", "drain", swarm.workerId());
        awaitModel("the worker drained", () -> model().nodes().get(swarm.workerId()).availability() == Availability.DRAIN,
                () -> model().nodes().get(swarm.workerId()).toString());
        Await.until(CONVERGE, () -> SwarmTruth.tasksOn(cli, "web", swarm.workerId(), true).isEmpty()
                && SwarmTruth.tasksOn(cli, "web", swarm.managerId(), true).size() == 2, () -> cli.docker("service",
                "ps", "web"));
        awaitConverged(2);
        awaitTasksAsTheCliShows();
        assertEquals(SwarmTruth.tasksOn(cli, "web", swarm.managerId(), true),
                SwarmTruth.tasksOn(model(), serviceId, swarm.managerId(), true));
        assertTrue(SwarmTruth.tasksOn(model(), serviceId, swarm.workerId(), true).isEmpty());

        perform(new UpdateNodeAvailability(swarm.workerId(), Availability.ACTIVE));
        assertEquals("active", cli.docker("node", "inspect", "--format", "{{.Spec.Availability}}", swarm.workerId()));
        awaitModel("the worker active", () -> SwarmTruth.nodes(cli).equals(SwarmTruth.nodes(model())),
                () -> SwarmTruth.nodes(cli) + "\nmodel " + SwarmTruth.nodes(model()));
    }

    @Test
    @Order(6)
    void theIntentsScaleUpdateAndRemoveThroughTheAdapterAndRefuseInWords() throws Exception {
        assertEquals("scaled web to 4", perform(new ScaleService("web", 4)).summary());
        assertEquals("4", cli.docker("service", "inspect", "--format", "{{.Spec.Mode.Replicated.Replicas}}", "web"));
        awaitConverged(4);
        awaitTasksAsTheCliShows();

        perform(new UpdateServiceImage("web", swarm.image(1)));
        String digest = cli.docker("image", "inspect", "--format", "{{index .RepoDigests 0}}", swarm.image(1));
        assertEquals(swarm.image(1) + digest.substring(digest.indexOf('@')), cli.docker("service", "inspect",
                "--format", "{{.Spec.TaskTemplate.ContainerSpec.Image}}", "web"),
                "pinned to the registry's digest, as docker service update --image pins it");
        awaitConverged(4);
        awaitModel("the image back at tag 1", () -> model().services().get(serviceId).imageName().equals(swarm.image(1)),
                () -> model().services().get(serviceId).toString());

        assertEquals("There is no service 'nosuch' on this swarm: docker service ls lists the services there are.",
                refusal(commands, new ScaleService("nosuch", 1)));
        try (DockerEngineCommands onWorker = DockerEngineCommands.open(new EngineEndpoint(swarm.workerHost(), false,
                null, "test", "swarm worker"), executor)) {
            assertTrue(refusal(onWorker, new ScaleService("web", 1)).startsWith("This engine is a swarm worker, not a"
                    + " manager"));
        }

        perform(new RemoveService("web"));
        assertEquals("", cli.docker("service", "ls", "-q"));
        awaitModel("the service gone", () -> model().services().isEmpty(), () -> model().services().toString());
        // the swarm removes the tasks and their containers; none may stay behind in the model
        Await.until(CONVERGE, () -> SwarmTruth.allTasks(cli, swarm.managerId(), swarm.workerId()).isEmpty(),
                () -> cli.docker("node", "ps", swarm.managerId(), swarm.workerId()));
        awaitModel("no tasks", () -> model().tasks().isEmpty(), () -> model().tasks().toString());
    }

    @Test
    @Order(7)
    void anEngineOutsideASwarmShowsNoSwarmAndRefusesTheIntentsInWords() throws Exception {
        try (SecondEngine alone = SecondEngine.create()) {
            alone.start();
            assertEquals("inactive", alone.cli().docker("info", "--format", "{{.Swarm.LocalNodeState}}"));
            outsideASwarm(new EngineEndpoint(alone.host(), false, null, "test", "an engine in no swarm"));
        }
    }

    private void outsideASwarm(EngineEndpoint endpoint) throws Exception {
        try (EngineStore outside = new EngineStore(EngineState.empty(Connection.connecting(endpoint.host(), "")),
                Runnable::run);
             EngineFeed plain = new EngineFeed(() -> EndpointChoice.of(endpoint), outside::accept, Clock.systemUTC());
             DockerEngineCommands there = DockerEngineCommands.open(endpoint, executor)) {
            plain.start();
            Await.until(MODEL, () -> outside.current().connection().status() == Connection.Status.LIVE,
                    () -> outside.current().connection().toString());
            assertTrue(outside.current().nodes().isEmpty() && outside.current().services().isEmpty()
                    && outside.current().tasks().isEmpty());
            assertEquals("This engine is not in a swarm, so it has no services or nodes. Make it one with docker"
                    + " swarm init, or connect Dockyard to a swarm manager.", refusal(there, new ScaleService("web", 1)));
        }
    }

    private EngineCommands.Outcome perform(Intent intent) throws Exception {
        return commands.perform(intent).get(60, TimeUnit.SECONDS);
    }

    private static String refusal(EngineCommands on, Intent intent) throws Exception {
        try {
            on.perform(intent).get(60, TimeUnit.SECONDS);
            throw new AssertionError(intent.cliLine() + " was not refused");
        } catch (ExecutionException e) {
            assertInstanceOf(CommandFailed.class, e.getCause());
            return e.getCause().getMessage();
        }
    }

    private long runningInModel() {
        return model().tasks().values().stream().filter(SwarmTask::isRunning).count();
    }

    /** The CLI says N/N and every task meant to run runs. */
    private void awaitConverged(int replicas) {
        Await.until(CONVERGE, () -> cli.docker("service", "ls", "--filter", "name=web", "--format", "{{.Replicas}}")
                .equals(replicas + "/" + replicas) && cli.docker("service", "ps", "--filter", "desired-state=running",
                "--format", "{{.CurrentState}}", "web").lines().allMatch(s -> s.startsWith("Running")),
                () -> cli.docker("service", "ps", "web"));
    }

    private void awaitTasksAsTheCliShows() {
        awaitModel("tasks", () -> SwarmTruth.tasks(cli, "web").equals(SwarmTruth.tasks(model(), serviceId))
                        && SwarmTruth.services(cli).equals(SwarmTruth.services(model())),
                () -> "cli   " + SwarmTruth.tasks(cli, "web") + " " + SwarmTruth.services(cli) + "\nmodel "
                        + SwarmTruth.tasks(model(), serviceId) + " " + SwarmTruth.services(model()));
    }

    private static void awaitModel(String what, java.util.function.BooleanSupplier matches,
                                   java.util.function.Supplier<String> whyNot) {
        Await.until(MODEL, matches, () -> what + ": " + whyNot.get());
    }

    /** The poll's one request, timed on its own: what each second of polling costs the manager. */
    private void measurePoll() {
        EngineClient client = DockerEngineClient.open(new EngineEndpoint(swarm.managerHost(), false, null, "test", ""));
        try {
            client.tasks(); // the first call opens the connection
            int rounds = 20;
            long start = System.nanoTime();
            int tasks = 0;
            for (int i = 0; i < rounds; i++) {
                tasks = client.tasks().size();
            }
            double ms = (System.nanoTime() - start) / 1e6 / rounds;
            System.out.printf("SWARM task poll: %.2f ms per GET /tasks with %d tasks (mean of %d)%n", ms, tasks, rounds);
        } finally {
            client.close();
        }
    }
}
