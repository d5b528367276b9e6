package io.dockyard.app;

import io.dockyard.app.settings.SettingsStore;
import org.testfx.api.FxToolkit;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.concurrent.TimeoutException;

/** Starts the whole app in a test, against the given engine, with settings in a folder of its own. */
final class TestLaunch {
    private TestLaunch() {
    }

    static DockyardApp app(String host) throws IOException, TimeoutException {
        return app(host, Files.createTempDirectory("dockyard-settings").resolve("settings.properties"));
    }

    /** The app with its settings in {@code file}, for a test that reads what it kept. */
    static DockyardApp app(String host, java.nio.file.Path file) throws TimeoutException {
        SettingsStore settings = new SettingsStore(file);
        return (DockyardApp) FxToolkit.setupApplication(() -> new DockyardApp(Prelaunch.prepare(
                new LaunchOptions(host, false, false), new StartupTiming(false), Clock.systemDefaultZone(), settings)));
    }
}
