package io.dockyard.learn;

import io.dockyard.engine.DockerClients;
import io.dockyard.engine.DockerLessonProbe;
import io.dockyard.engine.EndpointChoice;
import io.dockyard.engine.EngineFeed;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.TestEngine;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A coach wired as the app wires it, against the real engine: feed, store, docker-java probe, a
 * "UI" thread of its own, and the docker CLI as the learner's terminal and as the performer.
 */
final class LiveLessons implements AutoCloseable {
    static final Duration STEP_LIMIT = Duration.ofSeconds(60);
    final TestEngine engine;
    final Sandbox sandbox;
    final DockerCli cli;
    final LessonCoach coach;
    final LessonProgressStore.InMemory progress = new LessonProgressStore.InMemory();
    /** The app's command journal, which "show me" writes to through the actions. */
    final io.dockyard.journal.CommandJournal journal = new io.dockyard.journal.CommandJournal(Clock.systemUTC());
    private final ExecutorService enginePool = Executors.newFixedThreadPool(2);
    private final io.dockyard.engine.DockerEngineCommands commands;
    /** One line per check seen failing on the state just before its step. */
    final List<String> failedBefore = new ArrayList<>();
    private final ExecutorService ui = single("test-ui");
    private final ExecutorService background = single("test-probe");
    // stands in for the panel's once-a-second timer, which drives the hints that wait for time
    private final java.util.concurrent.ScheduledExecutorService ticker =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "test-ticker");
                t.setDaemon(true);
                return t;
            });
    private final EngineStore store;
    private final EngineFeed feed;

    LiveLessons(TestEngine engine) throws IOException {
        this.engine = engine;
        LessonAssets.Prepared assets = LessonAssets.prepare(Files.createTempDirectory("learn-it"),
                LessonAssets.BUSYBOX_PLACES);
        if (!assets.ready()) {
            throw new AssertionError(assets.problem());
        }
        String run = engine.runId();
        sandbox = new Sandbox("learn-" + run + "-", "learn-" + run + "/busybox:1", assets.imageContext(),
                assets.tidyContext(), Map.of("dockyard.test", run));
        cli = new DockerCli(engine.host());
        commands = io.dockyard.engine.DockerEngineCommands.open(engine.endpoint(), enginePool);
        store = new EngineStore(EngineState.empty(Connection.connecting(engine.host(), "")), ui);
        // "show me" as the app does it: every command as an intent, through the actions and the journal
        StepPerformer showMe = new io.dockyard.app.JournalStepPerformer(
                new io.dockyard.actions.ui.ActionRunner(commands, journal, store::current, ui));
        LessonServices services = new LessonServices(
                new DockerLessonProbe(DockerClients.forRequests(engine.endpoint())), showMe, progress,
                LessonServices.Later.JDK);
        coach = new LessonCoach(Lessons.all(sandbox), services, background, ui, Clock.systemUTC());
        store.subscribe(coach::onState);
        store.subscribeEvents(coach::onEvents);
        feed = new EngineFeed(() -> EndpointChoice.of(engine.endpoint()), store::accept, Clock.systemUTC());
        feed.start();
        Await.until(Duration.ofSeconds(30), () -> store.current().connection().status() == Connection.Status.LIVE,
                () -> "feed never went live");
        ticker.scheduleAtFixedRate(() -> ui.execute(coach::tick), 1, 1, java.util.concurrent.TimeUnit.SECONDS);
    }

    <T> T onUi(Callable<T> work) {
        try {
            return ui.submit(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    void open(String lessonId) {
        onUi(() -> {
            coach.open(lessonId);
            return null;
        });
    }

    int step() {
        return onUi(() -> coach.runner().orElseThrow().stepIndex());
    }

    boolean finished() {
        return onUi(() -> coach.runner().orElseThrow().finished());
    }

    Lesson lesson() {
        return onUi(() -> coach.lesson().orElseThrow());
    }

    /**
     * The current step's check fails now, once probes have answered for the newest state, and
     * keeps failing for a short while: nothing that is still arriving makes it pass early.
     */
    void assertNotPassedYet(int step) {
        Await.until(Duration.ofSeconds(10), () -> onUi(coach::probesSettled), () -> "probes never settled");
        long until = System.nanoTime() + Duration.ofMillis(400).toNanos();
        while (System.nanoTime() < until) {
            boolean passing = onUi(() -> coach.runner().orElseThrow().currentCheckPasses());
            assertEquals(step, step(), "step advanced before it was done");
            assertFalse(passing, "check of step " + step + " passes before the step");
            LockSupport.parkNanos(20_000_000);
        }
        failedBefore.add(lesson().id() + "#" + step);
    }

    void awaitPast(int step) {
        Await.until(STEP_LIMIT, () -> onUi(() -> {
                    LessonRunner r = coach.runner().orElseThrow();
                    return r.finished() || r.stepIndex() > step;
                }), () -> lesson().id() + " step " + step + " never passed; message=" + onUi(coach::message)
                        + " hints=" + onUi(() -> coach.runner().orElseThrow().visibleHints()));
    }

    void awaitIdle() {
        Await.until(STEP_LIMIT, () -> !onUi(coach::busy), () -> "coach stayed busy");
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        feed.close();
        store.close();
        cli.close();
        commands.close();
        enginePool.shutdownNow();
        ui.shutdownNow();
        background.shutdownNow();
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
