package io.dockyard.app;

import io.dockyard.engine.EngineEndpoint;
import io.dockyard.model.Catalogs;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineInfo;
import io.dockyard.model.EngineState;
import io.dockyard.yard.YardView;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An engine's region beside others: its own state, its name, its id, its warnings and its hide button. */
@ExtendWith(ApplicationExtension.class)
class EngineRegionTest {
    private static final String ENGINE_ID = "ABCD:EFGH:IJKL";
    private final AtomicInteger hidden = new AtomicInteger();
    private EngineRegion region;

    @Start
    void start(Stage stage) {
        region = new EngineRegion(new Pane(), hidden::incrementAndGet, Clock.systemUTC());
        // the region in a pane of its own: the stage is the one every FX test shares, and keeps its size
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(region);
        javafx.scene.layout.StackPane.setAlignment(region, javafx.geometry.Pos.TOP_LEFT);
        stage.setScene(new Scene(root, 900, 300));
        stage.show();
    }

    @Test
    void besideOthersItIsAnEngineRegionNamedByTheEnginesId(FxRobot robot) {
        robot.interact(() -> region.show(state(live(), ENGINE_ID), socket(), "build-server"));
        assertNull(region.getId(), "alone, the region is just the yard");
        assertFalse(region.getStyleClass().contains("engine"));

        robot.interact(() -> region.setAlone(false));
        assertEquals("engine-" + YardView.engineTag(ENGINE_ID), region.getId());
        assertTrue(region.getStyleClass().contains("engine"));
        assertTrue(region.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("live")));
        assertEquals("build-server", text(robot, ".engine-name"));
        assertEquals("live", text(robot, ".engine-status"));

        robot.clickOn(".engine-hide");
        assertEquals(1, hidden.get());
    }

    @Test
    void aNarrowRegionKeepsItsStateAndHideButtonInView(FxRobot robot) {
        robot.interact(() -> {
            region.setAlone(false);
            region.show(state(live(), ENGINE_ID), socket(), "/tmp/a-rather-long-folder-name/of-an-engine/docker.sock");
            region.setMaxWidth(300);
        });
        javafx.scene.Node hide = robot.lookup(".engine-hide").query();
        javafx.scene.Node status = robot.lookup(".engine-status").query();
        double width = region.getWidth();
        assertEquals(300, width, 0.5);
        assertTrue(region.sceneToLocal(hide.localToScene(hide.getLayoutBounds())).getMaxX() <= width + 0.5,
                "the hide button lies outside a " + width + " px region: " + hide.localToScene(hide.getLayoutBounds()));
        assertTrue(region.sceneToLocal(status.localToScene(status.getLayoutBounds())).getMaxX() <= width + 0.5,
                "the state is cut off");
    }

    @Test
    void anEngineThatDoesNotAnswerSaysWhyOverItsYard(FxRobot robot) {
        Connection none = new Connection(Connection.Status.NO_ENGINE, "ssh://me@build", "typed address", "",
                "The host key of build is not known.");
        robot.interact(() -> {
            region.setAlone(false);
            region.show(state(none, ""), null, "ssh://me@build");
        });
        assertTrue(region.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("no-engine")));
        assertTrue(robot.lookup(".engine-absent").queryAs(Label.class).isVisible());
        assertTrue(text(robot, ".engine-absent").contains("The host key of build is not known."), text(robot, ".engine-absent"));
    }

    @Test
    void plainTcpToAnotherMachineIsMarkedOpen(FxRobot robot) {
        EngineEndpoint plain = new EngineEndpoint("tcp://10.0.0.5:2375", false, null, "typed address", "");
        robot.interact(() -> {
            region.setAlone(false);
            region.show(state(live(), ENGINE_ID), plain, "tcp://10.0.0.5:2375");
        });
        Label warning = robot.lookup(".engine-exposure").queryAs(Label.class);
        assertTrue(warning.isVisible());
        assertEquals("⚠ unencrypted and unauthenticated", warning.getText());

        robot.interact(() -> region.show(state(live(), ENGINE_ID), socket(), "this machine"));
        assertFalse(robot.lookup(".engine-exposure").queryAs(Label.class).isVisible());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static Connection live() {
        return new Connection(Connection.Status.LIVE, "unix:///var/run/docker.sock", "default socket", "");
    }

    private static EngineEndpoint socket() {
        return new EngineEndpoint("unix:///var/run/docker.sock", false, null, "default socket", "");
    }

    private static EngineState state(Connection c, String engineId) {
        return new EngineState(1, Catalogs.EMPTY, c, new EngineInfo("20.10", "1.41", "linux", "host", engineId), null, 0,
                List.of());
    }
}
