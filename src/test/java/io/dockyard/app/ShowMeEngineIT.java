package io.dockyard.app;

import io.dockyard.actions.ui.ActionRunner;
import io.dockyard.app.settings.Settings;
import io.dockyard.engine.DockerClients;
import io.dockyard.engine.DockerEngineCommands;
import io.dockyard.engine.DockerLessonProbe;
import io.dockyard.engine.EndpointChoice;
import io.dockyard.engine.EngineFeed;
import io.dockyard.journal.CommandJournal;
import io.dockyard.journal.JournalEntry;
import io.dockyard.learn.Command;
import io.dockyard.learn.Lesson;
import io.dockyard.learn.LessonAssets;
import io.dockyard.learn.LessonCoach;
import io.dockyard.learn.LessonRunner;
import io.dockyard.learn.LessonServices;
import io.dockyard.learn.Lessons;
import io.dockyard.learn.Sandbox;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every lesson done purely by "show me" as the app wires it: the lesson's docker words go through
 * {@link JournalStepPerformer}, the {@link ActionRunner} and docker-java, never the docker CLI, and
 * the journal ends up holding each command line with its success.
 */
@Timeout(600)
class ShowMeEngineIT {
    private static final Duration STEP_LIMIT = Duration.ofSeconds(90);
    private static TestEngine engine;
    private static ExecutorService ui;
    private static ExecutorService background;
    private static DockerEngineCommands commands;
    private static EngineStore store;
    private static EngineFeed feed;

    @BeforeAll
    static void connect() {
        engine = TestEngine.require();
        ui = single("test-ui");
        background = single("test-probe");
        commands = DockerEngineCommands.open(engine.endpoint(), Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "test-commands");
            t.setDaemon(true);
            return t;
        }));
        store = new EngineStore(EngineState.empty(Connection.connecting(engine.host(), "")), ui);
    }

    @AfterAll
    static void disconnect() {
        if (feed != null) {
            feed.close();
        }
        if (store != null) {
            store.close();
        }
        if (commands != null) {
            commands.close();
        }
        if (ui != null) {
            ui.shutdownNow();
            background.shutdownNow();
        }
        if (engine != null) {
            engine.cleanup();
        }
    }

    @Test
    void everyLessonFinishesByShowMeAndTheJournalHoldsEachCommandWithItsSuccess() throws Exception {
        LessonAssets.Prepared assets = LessonAssets.prepare(Files.createTempDirectory("showme-it"),
                LessonAssets.BUSYBOX_PLACES);
        assertTrue(assets.ready(), assets.problem());
        String run = engine.runId();
        Sandbox sandbox = new Sandbox("showme-" + run + "-", "showme-" + run + "/busybox:1", assets.imageContext(),
                assets.tidyContext(), Map.of("dockyard.test", run));
        CommandJournal journal = new CommandJournal(Clock.systemUTC());
        ActionRunner runner = new ActionRunner(commands, journal, store::current, ui);
        AtomicReference<Settings> settings = new AtomicReference<>(Settings.DEFAULTS);
        LessonCoach coach = new LessonCoach(Lessons.all(sandbox), new LessonServices(
                new DockerLessonProbe(DockerClients.forRequests(engine.endpoint())), new JournalStepPerformer(runner),
                new SettingsLessonProgress(settings::get, settings::set), LessonServices.Later.JDK), background, ui,
                Clock.systemUTC());
        store.subscribe(coach::onState);
        store.subscribeEvents(coach::onEvents);
        feed = new EngineFeed(() -> EndpointChoice.of(engine.endpoint()), store::accept, Clock.systemUTC());
        feed.start();
        Await.until(Duration.ofSeconds(30), () -> onUi(coach::ready), () -> "feed never went live");

        List<String> expected = new ArrayList<>();
        for (Lesson lesson : coach.lessons()) {
            onUi(() -> {
                coach.open(lesson.id());
                return null;
            });
            for (int i = 0; i < lesson.steps().size(); i++) {
                lesson.steps().get(i).showMe().forEach(c -> expected.add(c.cliLine()));
                onUi(() -> {
                    coach.showMe();
                    return null;
                });
                awaitPast(coach, lesson, i);
                Await.until(STEP_LIMIT, () -> !onUi(coach::busy), () -> "coach stayed busy");
                assertEquals("", onUi(coach::message), lesson.id() + " step " + i);
            }
            assertTrue(onUi(() -> coach.runner().orElseThrow().finished()), lesson.id());
        }

        List<String> lines = onUi(() -> journal.entries().stream().map(JournalEntry::cliLine).toList());
        assertEquals(expected, lines, "the journal holds every show-me command, in order, and nothing else");
        List<String> notSucceeded = onUi(() -> journal.entries().stream()
                .filter(e -> e.status() != JournalEntry.Status.SUCCEEDED)
                .map(e -> e.cliLine() + " -> " + e.status() + " " + e.outcome()).toList());
        assertEquals(List.of(), notSucceeded);
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("docker build -t " + sandbox.baseImage())), "" + expected);
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("docker create ")), "" + expected);
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("docker exec -d ")), "" + expected);
        assertTrue(expected.stream().anyMatch(l -> l.startsWith("docker commit -c ")), "" + expected);
        assertTrue(expected.stream().anyMatch(l -> l.contains("--build-arg")), "" + expected);
        assertEquals(coach.lessons().size(), new SettingsLessonProgress(settings::get, s -> { }).load()
                .completed().size(), "progress in the settings: " + settings.get().extras());
        // the commit's -c LABEL changes reached the engine: the lesson's reset finds the image by them
        String saved = sandbox.name("note:1");
        assertEquals("mutable|" + run + "|", engine.docker("image", "inspect", "--format",
                "{{index .Config.Labels \"dockyard.lesson.image\"}}|{{index .Config.Labels \"dockyard.test\"}}|"
                        + "{{index .Config.Labels \"dockyard.lesson\"}}", saved).trim());
        System.out.println("show me journal:\n" + String.join("\n", lines));
    }

    @Test
    void aRefusalComesBackInTheEnginesWordsAndWordsItCannotReadNeverReachTheJournal() throws Exception {
        CommandJournal journal = new CommandJournal(Clock.systemUTC());
        JournalStepPerformer performer = new JournalStepPerformer(
                new ActionRunner(commands, journal, store::current, ui));
        String missing = "showme-" + engine.runId() + "-nobody";
        java.util.concurrent.ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class,
                () -> performer.perform(List.of("stop", missing)).get(60, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(refused.getCause().getMessage().contains(missing), refused.getCause().getMessage());
        assertTrue(refused.getCause().getMessage().toLowerCase(java.util.Locale.ROOT).contains("no such container"),
                refused.getCause().getMessage());
        List<String> entries = onUi(() -> journal.entries().stream()
                .map(e -> e.cliLine() + " " + e.status() + " " + e.outcome()).toList());
        assertEquals(1, entries.size(), entries.toString());
        assertTrue(entries.get(0).startsWith("docker stop " + missing + " FAILED "), entries.toString());

        java.util.concurrent.ExecutionException unread = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class,
                () -> performer.perform(List.of("pull", "busybox")).get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(unread.getCause().getMessage().contains("docker pull"), unread.getCause().getMessage());
        assertEquals(1, (int) onUi(() -> journal.entries().size()), "nothing journaled for words Dockyard cannot read");
    }

    private static void awaitPast(LessonCoach coach, Lesson lesson, int step) {
        Await.until(STEP_LIMIT, () -> onUi(() -> {
            LessonRunner r = coach.runner().orElseThrow();
            return r.finished() || r.stepIndex() > step;
        }), () -> lesson.id() + " step " + step + " never passed; message=" + onUi(coach::message));
    }

    private static <T> T onUi(Callable<T> work) {
        try {
            return ui.submit(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
