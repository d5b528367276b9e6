package io.dockyard.app;

import io.dockyard.app.settings.SettingsStore;

import java.time.Clock;

/**
 * Starts Dockyard. It does not extend {@code Application}, so the app runs from a plain class
 * path (jpackage, {@code java -cp}) without JavaFX on the module path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException bad) {
            System.err.println("dockyard: " + bad.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        StartupTiming timing = new StartupTiming(options.timing());
        timing.mark("main");
        RenderingChoice.applyForThisMachine();
        // the engine is found, connected and listed while JavaFX starts and the window is built
        DockyardApp.launch(Prelaunch.prepare(options, timing, Clock.systemDefaultZone(),
                SettingsStore.forThisMachine()), args);
    }
}
