package io.dockyard.app;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Whether the desktop asks for less motion: GTK's {@code gtk-enable-animations} in
 * {@code gtk-3.0/settings.ini} (under {@code $XDG_CONFIG_HOME}, else {@code ~/.config}), and GNOME's
 * {@code org.gnome.desktop.interface enable-animations} through the {@code gsettings} command
 * where there is one. Either saying "off" is enough. Both are read off the FX thread; a desktop
 * that says nothing, or that does not answer within a second, asks for nothing.
 */
final class DesktopMotion {
    private static final Duration GSETTINGS_TIMEOUT = Duration.ofSeconds(1);

    private DesktopMotion() {
    }

    /** Asks the desktop on a thread of its own; {@code answer} gets true (reduce) or false on {@code frames}. */
    static void ask(Map<String, String> env, Executor frames, Consumer<Boolean> answer) {
        Thread t = new Thread(() -> {
            boolean reduce = iniFile(env).flatMap(DesktopMotion::readIni).map(on -> !on).orElse(false)
                    || askGsettings(env).map(on -> !on).orElse(false);
            frames.execute(() -> answer.accept(reduce));
        }, "dockyard-desktop-motion");
        t.setDaemon(true);
        t.start();
    }

    /** GTK's settings file: {@code $XDG_CONFIG_HOME/gtk-3.0/settings.ini}, or under {@code ~/.config}. */
    static Optional<Path> iniFile(Map<String, String> env) {
        String xdg = env.getOrDefault("XDG_CONFIG_HOME", "");
        if (!xdg.isBlank()) {
            return Optional.of(Path.of(xdg, "gtk-3.0", "settings.ini"));
        }
        String home = env.getOrDefault("HOME", "");
        return home.isBlank() ? Optional.empty() : Optional.of(Path.of(home, ".config", "gtk-3.0", "settings.ini"));
    }

    /**
     * {@code gtk-enable-animations} from the {@code [Settings]} section of a settings.ini text: true or
     * false as written (true/1/yes, false/0/no, any case), empty when missing or not one of those.
     */
    static Optional<Boolean> enableAnimations(String ini) {
        boolean inSettings = false;
        Optional<Boolean> found = Optional.empty();
        for (String raw : ini.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                inSettings = line.equals("[Settings]");
            } else if (inSettings && !line.startsWith("#") && !line.startsWith(";") && line.contains("=")) {
                String key = line.substring(0, line.indexOf('=')).strip();
                if (key.equals("gtk-enable-animations")) {
                    found = yesOrNo(line.substring(line.indexOf('=') + 1)); // the last one wins, as in GLib
                }
            }
        }
        return found;
    }

    /** What {@code gsettings get … enable-animations} printed: true or false, empty otherwise. */
    static Optional<Boolean> gsettingsAnswer(String output) {
        String word = output.strip().toLowerCase(Locale.ROOT);
        return word.equals("true") || word.equals("false") ? Optional.of(word.equals("true")) : Optional.empty();
    }

    private static Optional<Boolean> yesOrNo(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> Optional.of(true);
            case "false", "0", "no" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<Boolean> readIni(Path file) {
        try {
            return Files.isRegularFile(file) ? enableAnimations(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // an unreadable file asks for nothing; GTK itself would ignore it
        }
    }

    private static Optional<Boolean> askGsettings(Map<String, String> env) {
        Optional<Path> command = onPath(env.getOrDefault("PATH", ""), "gsettings");
        if (command.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder(command.get().toString(), "get", "org.gnome.desktop.interface",
                    "enable-animations").redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(GSETTINGS_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            try (InputStream out = p.getInputStream()) {
                return p.exitValue() == 0 ? gsettingsAnswer(new String(out.readNBytes(200), StandardCharsets.UTF_8))
                        : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<Path> onPath(String path, String name) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Optional.of(Path.of(dir, name));
            }
        }
        return Optional.empty();
    }
}
