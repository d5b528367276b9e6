package io.dockyard.app;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class AppMenuTest {
    private final List<Boolean> asked = new ArrayList<>();
    private AppMenu menu;

    @Start
    void start(Stage stage) {
        EngineStore store = new EngineStore(EngineState.empty(Connection.connecting("unix:///var/run/docker.sock", "test")),
                Runnable::run);
        menu = new AppMenu(stage, store, asked::add);
        stage.setScene(new Scene(new StackPane(menu.button()), 400, 300));
        stage.show();
    }

    @Test
    void theMotionSwitchAppliesAtOnceAndSaysWhenTheDesktopHasSwitchedMotionOff(FxRobot robot) {
        robot.interact(() -> menu.showMotion(new MotionPreference(false, false, "")));
        robot.clickOn("#app-menu").clickOn(AppMenu.REDUCE_MOTION);
        assertEquals(List.of(true), asked, "the switch is handed on when it is clicked, not at the next start");

        robot.interact(() -> menu.showMotion(new MotionPreference(false, true, "")));
        CheckMenuItem item = item();
        assertTrue(item.isSelected(), "ticked: motion is reduced");
        assertTrue(item.isDisable(), "the desktop's wish cannot be unticked here");
        assertEquals("Reduce motion (your desktop asks for reduced motion)", item.getText());

        robot.interact(() -> menu.showMotion(new MotionPreference(false, false, "")));
        assertFalse(item.isSelected());
        assertFalse(item.isDisable());
        assertEquals(AppMenu.REDUCE_MOTION, item.getText());
    }

    private CheckMenuItem item() {
        return (CheckMenuItem) menu.button().getItems().stream().filter(i -> "reduce-motion".equals(i.getId()))
                .findFirst().orElseThrow();
    }
}
