package io.dockyard.app;

import io.dockyard.sync.EngineStore;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

import java.util.function.Consumer;

/** The header's menu: motion, about, quit. Export entries are added by whoever owns the yard. */
final class AppMenu {
    static final String REDUCE_MOTION = "Reduce motion";
    private final MenuButton button = MainWindow.menu("☰");
    private final CheckMenuItem reducedMotion = new CheckMenuItem(REDUCE_MOTION);

    /** {@code reduceMotion} is told when the user switches motion off or on; it applies at once. */
    AppMenu(Stage stage, EngineStore store, Consumer<Boolean> reduceMotion) {
        button.setId("app-menu");
        reducedMotion.setId("reduce-motion");
        reducedMotion.setOnAction(e -> reduceMotion.accept(reducedMotion.isSelected()));
        MenuItem about = new MenuItem("About Dockyard");
        about.setOnAction(e -> new AboutDialog(() -> {
            String v = store.current().engine().version();
            return v.isEmpty() ? "not connected" : v + " (API " + store.current().engine().apiVersion() + ")";
        }).show(stage));
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> Platform.exit());
        button.getItems().addAll(reducedMotion, new SeparatorMenuItem(), about, quit);
    }

    /**
     * Shows who reduces motion. When the desktop (or {@code -Ddockyard.motion}) asks for it, the
     * item stays ticked and cannot be unticked here, and says why; the user's own choice is kept
     * for the day the desktop stops asking.
     */
    void showMotion(MotionPreference p) {
        reducedMotion.setSelected(p.reduced());
        reducedMotion.setDisable(p.imposed());
        reducedMotion.setText(!p.imposed() ? REDUCE_MOTION : p.desktop()
                ? REDUCE_MOTION + " (your desktop asks for reduced motion)"
                : REDUCE_MOTION + " (set by -Ddockyard.motion)");
    }

    /** Adds entries above the motion switch. */
    void addFirst(MenuItem... items) {
        button.getItems().addAll(0, java.util.List.of(items));
        button.getItems().add(items.length, new SeparatorMenuItem());
    }

    MenuButton button() {
        return button;
    }
}
