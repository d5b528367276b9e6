package io.dockyard.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Guesses whether the desktop prefers a dark look. JavaFX 21 has no API for it, so this asks the
 * desktop the way its own apps do, and answers "light" when it cannot tell.
 */
public final class SystemTheme {
    private SystemTheme() {
    }

    public static boolean prefersDark() {
        return prefersDark(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static boolean prefersDark(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT).contains("dark");
        }
        if (os.contains("win")) {
            return ask(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).contains("0x0");
        }
        String gtkTheme = env.getOrDefault("GTK_THEME", "").toLowerCase(Locale.ROOT);
        if (gtkTheme.contains("dark")) {
            return true;
        }
        if (gtkSettingsPreferDark(home.resolve(".config/gtk-3.0/settings.ini"))) {
            return true;
        }
        if (env.containsKey("DBUS_SESSION_BUS_ADDRESS")) {
            String scheme = ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme"));
            return scheme.contains("dark");
        }
        return false;
    }

    static boolean gtkSettingsPreferDark(Path settingsIni) {
        try {
            return Files.isReadable(settingsIni) && Files.readAllLines(settingsIni).stream()
                    .map(l -> l.replace(" ", "").toLowerCase(Locale.ROOT))
                    .anyMatch(l -> l.equals("gtk-application-prefer-dark-theme=1")
                            || l.equals("gtk-application-prefer-dark-theme=true"));
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static String ask(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(400, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException noSuchTool) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
