package io.dockyard.actions.ui;

import io.dockyard.model.ContainerInstance;
import io.dockyard.testing.Await;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Screenshots of the actions on the real yard for people to look at; asserts nothing.
 * {@code mvn -q test -Dtest=ActionsScreens -Dscreens=true}; PNGs land in target/screens.
 */
@EnabledIfSystemProperty(named = "screens", matches = "true")
@Timeout(300)
class ActionsScreens {
    private final FxRobot robot = new FxRobot();

    @Test
    void shoot() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
        try (FxEngineFixture fx = new FxEngineFixture(true)) {
            String tag = "dockyard-test/web-" + fx.f.engine.runId() + ":1";
            String image = fx.f.engine.build(tag, "CMD [\"sh\", \"-c\", \"echo serving; exec sleep 300\"]", "STOPSIGNAL SIGKILL");
            org.testfx.api.FxToolkit.setupStage(stage -> {
                javafx.application.Application.setUserAgentStylesheet(
                        new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
                stage.setScene(new Scene(fx.createView(), 1400, 900));
                fx.menus.installOn(fx.yard, fx.store::current, fx.dragToRun, fx::targetAt);
                stage.show();
            });
            String bp = "#image-" + image.substring(7, 19);
            Await.until(Duration.ofSeconds(30), () -> robot.lookup(bp).tryQuery().isPresent(), () -> "no blueprint");
            robot.interact(() -> ((io.dockyard.yard.YardView) fx.yard).fitToView());
            Point2D at = fx.yard.localToScreen(fx.yard.getWidth() - 260, 200);
            robot.drag(bp).dropTo(at);
            snap(fx.yard.getScene().getWindow(), "1-ghost");
            Await.until(Duration.ofSeconds(60), () -> !fx.store.current().containersOf(image).isEmpty(), () -> "no run");
            ContainerInstance c = fx.store.current().containersOf(image).get(0);
            fx.f.engine.docker("pause", c.id());
            robot.interact(() -> fx.menus.images().remove(fx.store.current().image(image).orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            snap(fx.yard.getScene().getWindow(), "2-journal-and-highlight");
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != fx.yard.getScene().getWindow()) {
                    snap(w, "3-refusal");
                    robot.interact(w::hide);
                }
            }
            robot.press(KeyCode.SHIFT);
            robot.drag(bp).dropTo(at);
            robot.release(KeyCode.SHIFT);
            Await.until(Duration.ofSeconds(10), () -> robot.lookup("#run-name").tryQuery().isPresent(), () -> "no dialog");
            robot.interact(() -> {
                robot.lookup("#run-name").queryAs(TextField.class).setText("my web");
                robot.lookup("#run-ports").queryAs(javafx.scene.control.TextArea.class).setText("8080:80\n70000:80");
                robot.lookup("#run-env").queryAs(javafx.scene.control.TextArea.class).setText("GREETING=hello world");
            });
            WaitForAsyncUtils.waitForFxEvents();
            snap(robot.lookup("#run-name").query().getScene().getWindow(), "4-run-with-options");
        }
    }

    private void snap(Window w, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path dir = Files.createDirectories(Path.of("target", "screens"));
        javafx.scene.image.WritableImage[] img = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> img[0] = w.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", new File(dir.toFile(), name + ".png"));
    }
}
