package io.dockyard.app;

import io.dockyard.app.settings.Settings;
import io.dockyard.sync.EngineStore;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** The header's menu: motion, about, quit. Export entries are added by whoever owns the yard. */
final class AppMenu {
    private final MenuButton button = MainWindow.menu("☰");

    AppMenu(Stage stage, EngineStore store, Supplier<Settings> settings, Consumer<Settings> save) {
        button.setId("app-menu");
        CheckMenuItem reducedMotion = new CheckMenuItem("Reduce motion (applies at next start)");
        reducedMotion.setSelected(settings.get().reducedMotion());
        reducedMotion.setOnAction(e -> save.accept(settings.get().withReducedMotion(reducedMotion.isSelected())));
        MenuItem about = new MenuItem("About Dockyard");
        about.setOnAction(e -> new AboutDialog(() -> {
            String v = store.current().engine().version();
            return v.isEmpty() ? "not connected" : v + " (API " + store.current().engine().apiVersion() + ")";
        }).show(stage));
        MenuItem quit = new MenuItem("Quit");
        quit.setOnAction(e -> Platform.exit());
        button.getItems().addAll(reducedMotion, new SeparatorMenuItem(), about, quit);
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
