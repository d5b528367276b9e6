package io.dockyard.app.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where each platform keeps an app's settings: the XDG config folder on Linux
 * ({@code $XDG_CONFIG_HOME/dockyard}, default {@code ~/.config/dockyard}),
 * {@code ~/Library/Application Support/Dockyard} on macOS and {@code %APPDATA%\Dockyard} on Windows.
 */
public final class SettingsLocation {

    public static final String FILE_NAME = "settings.properties";

    private SettingsLocation() {
    }

    /** The settings file for the running user on this machine. */
    public static Path forThisMachine() {
        return resolve(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    /** Pure form of {@link #forThisMachine()}, so each platform's rule can be tested anywhere. */
    public static Path resolve(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isAbsolute(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Dockyard").resolve(FILE_NAME);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Dockyard").resolve(FILE_NAME);
        }
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = isAbsolute(xdg) ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("dockyard").resolve(FILE_NAME);
    }

    private static boolean isAbsolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute();
    }
}
