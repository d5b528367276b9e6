package io.dockyard.actions.ui;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.testing.Await;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Named bad inputs for the other places a person types: the tag, commit and rename prompts, the
 * pull, exec and build windows. Each is typed into the real window, which shows why in words and
 * keeps its button disabled; afterwards the engine holds what it held before and nothing was
 * journalled.
 */
@Timeout(300)
class BadPromptInputsFxIT {
    /** Where the text is typed. */
    enum Place { TAG, COMMIT, RENAME, PULL, EXEC, BUILD_TAG, BUILD_FOLDER }

    /** @param text what is typed (for BUILD_FOLDER: the Dockerfile's name in the folder, empty for none) */
    record Case(String what, Place place, String text, String expected) {
    }

    private static FxEngineFixture fx;
    private static ImageBlueprint image;
    private static ContainerInstance container;
    private static String otherName;
    private final FxRobot robot = new FxRobot();

    static List<Case> cases(String takenName) {
        return List.of(
                new Case("tag with uppercase", Place.TAG, "MyApp:1", "lowercase"),
                new Case("tag with a space", Place.TAG, "my app:1", "cannot contain spaces"),
                new Case("tag with a digest", Place.TAG, "app@sha256:" + "0".repeat(64), "cannot contain a digest"),
                new Case("tag left empty", Place.TAG, "  ", "new name is missing"),
                new Case("tag starting with a dash", Place.TAG, "app:-1", "tag '-1'"),
                new Case("tag ending in a colon", Place.TAG, "app:", "tag ''"),
                new Case("commit name with uppercase", Place.COMMIT, "Snapshot:1", "lowercase"),
                new Case("commit name with a bad registry", Place.COMMIT, "my_registry:5000/snap", "registry"),
                new Case("rename to nothing", Place.RENAME, "", "Type the new name."),
                new Case("rename to one letter", Place.RENAME, "w", "at least two characters"),
                new Case("rename to a taken name", Place.RENAME, takenName, "already called"),
                new Case("rename with a slash", Place.RENAME, "web/1", "'/'"),
                new Case("pull with uppercase", Place.PULL, "Busybox", "lowercase"),
                new Case("pull with a short digest", Place.PULL, "busybox@sha256:12", "digest after '@'"),
                new Case("pull of nothing", Place.PULL, "", "image is missing"),
                new Case("exec with an unclosed quote", Place.EXEC, "sh -c 'echo hi", "never closed"),
                new Case("exec of nothing", Place.EXEC, "   ", "Type a command."),
                new Case("build tag with uppercase", Place.BUILD_TAG, "My App:1", "lowercase"),
                new Case("build tag too long", Place.BUILD_TAG, "app:" + "t".repeat(129), "up to 128"),
                new Case("build folder without a Dockerfile", Place.BUILD_FOLDER, "", "There is no Dockerfile in"),
                new Case("build folder with only a dockerfile in lowercase", Place.BUILD_FOLDER, "dockerfile",
                        "There is no Dockerfile in"));
    }

    @BeforeAll
    static void engine() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        fx = new FxEngineFixture(false);
        org.testfx.api.FxToolkit.setupStage(stage -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
            stage.setScene(new Scene(fx.createView(), 1000, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        String tag = "dockyard-test/prompts-" + fx.f.engine.runId() + ":1";
        String imageId = fx.f.engine.build(tag, "CMD [\"sleep\", \"300\"]");
        String name = "prompts-" + fx.f.engine.runId();
        otherName = name + "-other";
        fx.f.engine.runDetached("--name", name, tag);
        fx.f.engine.runDetached("--name", otherName, tag);
        Await.until(Duration.ofSeconds(30), () -> fx.store.current().image(imageId).isPresent()
                && fx.store.current().findContainer(otherName).isPresent(), () -> "feed has not seen the fixtures");
        image = fx.store.current().image(imageId).orElseThrow();
        container = fx.store.current().findContainer(name).orElseThrow();
    }

    @AfterAll
    static void close() {
        if (fx != null) {
            fx.close();
        }
    }

    private static String owned() {
        return fx.f.engine.docker("ps", "-a", "--no-trunc", "--filter", "label=" + fx.f.engine.label(), "--format",
                "{{.ID}} {{.Names}} {{.State}} {{.Image}}") + "\n" + fx.f.engine.docker("images", "-a", "--no-trunc",
                "--filter", "label=" + fx.f.engine.label(), "--format", "{{.ID}} {{.Repository}}:{{.Tag}}");
    }

    @Test
    void eachBadInputIsShownInItsWindowWithTheButtonOffAndTheEngineIsUnchanged() throws Exception {
        String before = owned();
        int journalBefore = fx.journal.entries().size();
        List<String> wrong = new ArrayList<>();
        for (Case c : cases(otherName)) {
            Seen seen = type(c);
            if (!seen.problem.contains(c.expected()) || !seen.buttonDisabled) {
                wrong.add(c.what() + ": shows '" + seen.problem + "', button " + (seen.buttonDisabled ? "off" : "ON"));
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(cases(otherName).size() >= 20);
        assertEquals(journalBefore, fx.journal.entries().size(), "nothing refused was journalled");
        assertEquals(before, owned());
    }

    private record Seen(String problem, boolean buttonDisabled) {
    }

    /** Opens the window for the case, types its text, reads what it says, and closes it unconfirmed. */
    private Seen type(Case c) throws Exception {
        Path folder = c.place() == Place.BUILD_FOLDER || c.place() == Place.BUILD_TAG ? folder(c) : null;
        robot.interact(() -> open(c.place(), folder));
        String field = switch (c.place()) {
            case PULL -> "#pull-reference";
            case EXEC -> "#exec-command";
            case BUILD_TAG, BUILD_FOLDER -> "#build-tag";
            default -> "#prompt-field";
        };
        TextField input = robot.lookup(field).queryAs(TextField.class);
        if (c.place() != Place.BUILD_FOLDER) {
            robot.interact(() -> input.setText(c.text()));
        }
        Node root = input.getScene().getRoot();
        String problem = switch (c.place()) {
            case PULL -> ((Label) root.lookup("#pull-status")).getText();
            case BUILD_TAG, BUILD_FOLDER -> ((Label) root.lookup("#build-status")).getText();
            default -> ((Label) root.lookup(".field-problem")).getText();
        };
        boolean disabled = button(root, c.place()).isDisabled();
        robot.interact(() -> input.getScene().getWindow().hide());
        return new Seen(problem, disabled);
    }

    private void open(Place place, Path folder) {
        switch (place) {
            case TAG -> fx.menus.images().tag(image);
            case COMMIT -> fx.menus.containers().commit(container);
            case RENAME -> fx.menus.containers().rename(container);
            case PULL -> fx.menus.images().pull("");
            case EXEC -> fx.menus.containers().exec(container);
            default -> fx.menus.images().build(folder);
        }
    }

    private static Button button(Node root, Place place) {
        String text = switch (place) {
            case TAG -> "Tag";
            case COMMIT -> "Commit";
            case RENAME -> "Rename";
            default -> null;
        };
        if (text == null) {
            String id = switch (place) {
                case PULL -> "#pull-button";
                case EXEC -> "#exec-run";
                default -> "#build-button";
            };
            return (Button) root.lookup(id);
        }
        return root.lookupAll(".button").stream().filter(n -> n instanceof Button b && text.equals(b.getText()))
                .map(Button.class::cast).findFirst().orElseThrow(() -> new AssertionError("no " + text + " button"));
    }

    /** A build folder: with a Dockerfile for a tag case, or with only the named file (or nothing). */
    private static Path folder(Case c) throws Exception {
        Path folder = Files.createTempDirectory("dockyard-bad-build");
        String file = c.place() == Place.BUILD_TAG ? "Dockerfile" : c.text();
        if (!file.isEmpty()) {
            Files.writeString(folder.resolve(file), "FROM scratch\n");
        }
        return folder;
    }
}
