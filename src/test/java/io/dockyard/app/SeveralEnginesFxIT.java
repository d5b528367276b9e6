package io.dockyard.app;

import io.dockyard.journal.JournalEntry;
import io.dockyard.testing.Await;
import io.dockyard.testing.FxScene;
import io.dockyard.testing.SecondEngine;
import io.dockyard.testing.TestEngine;
import io.dockyard.yard.YardView;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static io.dockyard.testing.FxScene.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two real engines side by side in the real window: the shared one, found first, and a
 * test-owned dockerd shown beside it, once added by hand and once as a docker context created in
 * a terminal while the app runs. Each keeps its own yard; the same image on both is two objects;
 * a gesture on the second engine's yard acts on that engine, and its journal line says so.
 */
@Timeout(300)
class SeveralEnginesFxIT {
    private static final Duration LIMIT = Duration.ofSeconds(40);
    private final FxRobot robot = new FxRobot();
    private final FxScene scene = new FxScene(robot);
    private TestEngine engine;
    private SecondEngine second;
    private TestEngine secondCli;
    private DockyardApp app;
    private String home;
    private Path dockerConfig;
    private Path settingsFile;

    @BeforeEach
    void launch() throws Exception {
        engine = TestEngine.require();
        second = SecondEngine.create();
        second.start();
        secondCli = second.cli();
        // the same image on both engines, as `docker save | docker load` gives it: the same content id
        engine.buildBase();
        String script = "docker save " + TestEngine.BASE_IMAGE + " | docker -H " + second.host() + " load";
        Process copy = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        String out = new String(copy.getInputStream().readAllBytes());
        assertEquals(0, copy.waitFor(), "`" + script + "`: " + out);
        home = System.getProperty("user.home");
        Path fakeHome = Files.createTempDirectory("dockyard-home");
        System.setProperty("user.home", fakeHome.toString()); // the contexts the app reads are the test's
        String fromEnv = System.getenv("DOCKER_CONFIG");
        dockerConfig = fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : fakeHome.resolve(".docker");
        FxToolkit.registerPrimaryStage();
        settingsFile = Files.createTempDirectory("dockyard-settings").resolve("settings.properties");
        app = TestLaunch.app(engine.host(), settingsFile);
        Await.until(LIMIT, () -> "live".equals(scene.text("#status-text")), () -> "status: " + scene.text("#status-text"));
        Await.until(LIMIT, () -> scene.present("#journal"), () -> "the journal never arrived");
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        if (home != null) {
            System.setProperty("user.home", home);
        }
        if (dockerConfig != null) {
            new ProcessBuilder("docker", "--config", dockerConfig.toString(), "context", "rm", "-f", context())
                    .redirectErrorStream(true).start().waitFor();
        }
        if (secondCli != null) {
            secondCli.cleanup();
        }
        if (second != null) {
            second.close();
        }
        if (engine != null) {
            engine.cleanup();
        }
    }

    @Test
    void anEngineAddedByHandIsShownBesideTheFirstAndActedOnByItsOwnGestures() {
        robot.clickOn("#engines-menu");
        robot.clickOn(labelled("Add an engine…"));
        robot.clickOn("#add-engine-address").write(second.host());
        robot.clickOn("#add-engine-add");
        String[] tags = bothEnginesShown();
        Await.until(LIMIT, () -> kept().contains("address\\:" + second.host().replace(":", "\\:")),
                () -> "the settings do not keep the added engine: " + kept());

        String name = "dy-several-" + engine.runId();
        String container = secondCli.runDetached("--name", name, TestEngine.BASE_IMAGE, "sleep", "300");
        stopFromTheYard(tags[1], container, "docker -H " + second.host() + " stop " + name);

        robot.clickOn(region(tags[1]) + " .engine-hide");
        Await.until(LIMIT, () -> !scene.present(".engine"), () -> "the second engine's region is still there");
        Await.until(LIMIT, () -> kept().contains("engines.shown=\n") || kept().endsWith("engines.shown="),
                () -> "the settings still show the hidden engine: " + kept());
        String image = engine.docker("image", "inspect", "--format", "{{.Id}}", TestEngine.BASE_IMAGE);
        Await.until(LIMIT, () -> scene.present("#yard #image-" + hex12(image)),
                () -> "with one engine again, the image's id is not short again: #image-" + hex12(image));
    }

    @Test
    void aContextCreatedInATerminalCanBeShownWithoutARestart() throws Exception {
        Process create = new ProcessBuilder("docker", "--config", dockerConfig.toString(), "context", "create", context(),
                "--docker", "host=" + second.host()).redirectErrorStream(true).start();
        String out = new String(create.getInputStream().readAllBytes());
        assertEquals(0, create.waitFor(), "docker context create: " + out);

        robot.clickOn("#engines-menu");
        Await.until(LIMIT, () -> onFx(() -> !robot.lookup(labelled(context() + " — ")).queryAll().isEmpty()),
                () -> "the Engines menu does not list the context " + context());
        robot.clickOn(labelled(context() + " — "));
        String[] tags = bothEnginesShown();

        String name = "dy-ctx-" + engine.runId();
        String container = secondCli.runDetached("--name", name, TestEngine.BASE_IMAGE, "sleep", "300");
        stopFromTheYard(tags[1], container, "docker --context " + context() + " stop " + name);
    }

    /** Waits for both regions and the shared image drawn once in each; returns the engines' tags. */
    private String[] bothEnginesShown() {
        String first = YardView.engineTag(engine.docker("info", "--format", "{{.ID}}"));
        String other = YardView.engineTag(secondCli.docker("info", "--format", "{{.ID}}"));
        Await.until(LIMIT, () -> scene.present(region(first)) && scene.present(region(other)),
                () -> "regions shown: " + onFx(() -> robot.lookup(".engine").queryAll().stream().map(Node::getId).toList()));
        Await.until(LIMIT, () -> "live".equals(onFx(() -> robot.lookup(region(other) + " .engine-status")
                .queryAs(Labeled.class).getText())), () -> "the second engine's region is not live");
        String image = hex12(engine.docker("image", "inspect", "--format", "{{.Id}}", TestEngine.BASE_IMAGE));
        for (String tag : List.of(first, other)) {
            String node = region(tag) + " #image-" + tag + "-" + image;
            Await.until(LIMIT, () -> scene.present(node), () -> "the image is not drawn in its engine's region: " + node);
        }
        return new String[] {first, other};
    }

    private void stopFromTheYard(String tag, String container, String line) {
        String node = region(tag) + " #container-" + tag + "-" + hex12(container);
        Await.until(LIMIT, () -> scene.present(node), () -> "the container is not drawn on its engine: " + node);
        robot.clickOn(node);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        Await.until(LIMIT, () -> "exited".equals(secondCli.docker("inspect", "--format", "{{.State.Status}}", container)),
                () -> "the second engine does not show the container stopped");
        Await.until(LIMIT, () -> journalLines().contains(line), () -> "the journal lacks '" + line + "': " + journalLines());
    }

    /** The settings file's lines about engines, as the app last wrote them. */
    private String kept() {
        try {
            return Files.exists(settingsFile) ? String.join("\n", Files.readAllLines(settingsFile).stream()
                    .filter(l -> l.startsWith("extra.engines")).toList()) : "";
        } catch (java.io.IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private String context() {
        return "dysecond" + engine.runId();
    }

    private static String region(String tag) {
        return "#engine-" + tag;
    }

    private static String hex12(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, 12);
    }

    private static Predicate<Node> labelled(String start) {
        return n -> n instanceof Labeled l && l.getText() != null && l.getText().startsWith(start) && n.isVisible();
    }

    private List<String> journalLines() {
        return onFx(() -> robot.lookup("#journal").<ListView<JournalEntry>>query().getItems().stream()
                .map(JournalEntry::cliLine).toList());
    }
}
