package io.dockyard.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The floor under Dockyard's start-up: the barest AtlantaFX window (one label, two buttons, the
 * PrimerLight theme Dockyard starts with, Dockyard's default window size), timed by Dockyard's own
 * {@link StartupTiming} so that "first frame" means exactly what it means for the app: from
 * process start (/proc/self/stat) to the pulse after the one that showed the window. It prints
 * {@code dockyard: first-frame <ms>}. {@code src/test/bench/figures.sh startup} runs it on the
 * packaged runtime beside the app; it lives in the app's package (in test code) to use that timing.
 * <pre>
 *   target/jpackage/image/Dockyard/lib/runtime/bin/java &lt;java.options&gt; \
 *     -cp target/test-classes:&lt;lib/app's atlantafx and dockyard jars&gt; io.dockyard.app.FloorWindow
 * </pre>
 * Like {@link Main} it does not extend {@code Application}, so it starts the same way.
 */
public final class FloorWindow {
    private static final StartupTiming TIMING = new StartupTiming(true);

    private FloorWindow() {
    }

    public static void main(String[] args) {
        TIMING.mark("main");
        Application.launch(Window.class, args);
    }

    /** The window itself; public for {@code Application.launch}. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            VBox root = new VBox(12, new Label("The floor: an AtlantaFX window and nothing else"),
                    new HBox(8, new Button("One"), new Button("Two")));
            stage.setTitle("Floor");
            stage.setScene(new Scene(root, 1280, 800));
            stage.show();
            TIMING.firstFrame();
        }
    }
}
