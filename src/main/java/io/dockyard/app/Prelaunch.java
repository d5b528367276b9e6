package io.dockyard.app;

import io.dockyard.app.settings.SettingsStore;

import java.time.Clock;

/**
 * What the window needs before it opens, gathered on the launcher's thread so that the FX thread
 * never waits for a file or a subprocess: the settings as read from disk, whether the desktop
 * prefers a dark look, and the engine link, already connecting.
 *
 * @param options    the command line
 * @param timing     start-up marks ({@code --timing})
 * @param store      where the settings live
 * @param settings   the settings as read (with any problem the file had)
 * @param systemDark whether the desktop prefers dark
 * @param link       the engine link, started
 */
record Prelaunch(LaunchOptions options, StartupTiming timing, SettingsStore store, SettingsStore.Loaded settings,
                 boolean systemDark, EngineLink link) {

    /** Starts the engine link first, so the engine is found while the settings and the theme are read. */
    static Prelaunch prepare(LaunchOptions options, StartupTiming timing, Clock clock, SettingsStore store) {
        EngineLink link = EngineLink.start(options.host(), clock, timing);
        SettingsStore.Loaded loaded = store.load();
        boolean dark = SystemTheme.prefersDark();
        timing.mark("prelaunch");
        return new Prelaunch(options, timing, store, loaded, dark, link);
    }
}
