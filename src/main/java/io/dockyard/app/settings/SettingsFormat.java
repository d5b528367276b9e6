package io.dockyard.app.settings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns {@link Settings} into the lines of {@code settings.properties} and back. Reading is
 * lenient: a value that cannot be used falls back to its default and is named in the problems,
 * so one bad number never costs the user the rest of their settings.
 */
final class SettingsFormat {

    static final String FORMAT_KEY = "dockyard.settings.format";
    static final String FORMAT_VERSION = "1";
    static final String EXTRA_PREFIX = "extra.";

    /** What reading found: usable settings plus one sentence per value that was not usable. */
    record Parsed(Settings settings, List<String> problems) {
    }

    private SettingsFormat() {
    }

    static String write(Settings settings) {
        Properties props = new Properties();
        props.setProperty(FORMAT_KEY, FORMAT_VERSION);
        props.setProperty("theme", settings.theme().name().toLowerCase(Locale.ROOT));
        props.setProperty("motion.reduced", Boolean.toString(settings.reducedMotion()));
        WindowPlacement w = settings.window();
        if (w.hasPosition()) {
            props.setProperty("window.x", number(w.x()));
            props.setProperty("window.y", number(w.y()));
        }
        props.setProperty("window.width", number(w.width()));
        props.setProperty("window.height", number(w.height()));
        props.setProperty("window.maximized", Boolean.toString(w.maximized()));
        props.setProperty("endpoint.last", settings.lastEndpoint());
        settings.extras().forEach((k, v) -> props.setProperty(EXTRA_PREFIX + k, v));
        return "# Dockyard settings. Written by the app; a broken file is set aside and replaced.\n"
                + sortedEntryLines(props);
    }

    static Parsed read(Properties props) {
        List<String> problems = new ArrayList<>();
        if (!props.isEmpty() && !props.containsKey(FORMAT_KEY)) {
            problems.add("it is not a Dockyard settings file (no " + FORMAT_KEY + " line)");
            return new Parsed(Settings.DEFAULTS, problems);
        }
        Settings d = Settings.DEFAULTS;
        Theme theme = readTheme(props, problems);
        boolean reduced = readBoolean(props, "motion.reduced", d.reducedMotion(), problems);
        WindowPlacement window = readWindow(props, problems);
        String endpoint = props.getProperty("endpoint.last", d.lastEndpoint()).strip();
        Map<String, String> extras = new TreeMap<>();
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith(EXTRA_PREFIX) && key.length() > EXTRA_PREFIX.length()) {
                extras.put(key.substring(EXTRA_PREFIX.length()), props.getProperty(key));
            }
        }
        return new Parsed(new Settings(theme, reduced, window, endpoint, extras), problems);
    }

    private static Theme readTheme(Properties props, List<String> problems) {
        String raw = props.getProperty("theme");
        if (raw == null) {
            return Settings.DEFAULTS.theme();
        }
        try {
            return Theme.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add("theme \"" + raw + "\" is unknown (expected system, light or dark)");
            return Settings.DEFAULTS.theme();
        }
    }

    private static WindowPlacement readWindow(Properties props, List<String> problems) {
        WindowPlacement d = WindowPlacement.DEFAULT;
        double x = readNumber(props, "window.x", d.x(), problems);
        double y = readNumber(props, "window.y", d.y(), problems);
        double width = readNumber(props, "window.width", d.width(), problems);
        double height = readNumber(props, "window.height", d.height(), problems);
        boolean maximized = readBoolean(props, "window.maximized", d.maximized(), problems);
        if (!(width >= 100 && width <= 100_000 && height >= 100 && height <= 100_000)) {
            problems.add("window size " + number(width) + " x " + number(height) + " is not usable");
            width = d.width();
            height = d.height();
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            x = Double.NaN; // half a position is no position: let the window system place it
            y = Double.NaN;
        }
        return new WindowPlacement(x, y, width, height, maximized);
    }

    private static double readNumber(Properties props, String key, double fallback, List<String> problems) {
        String raw = props.getProperty(key);
        if (raw == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(raw.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a non-finite number
        }
        problems.add(key + " \"" + raw + "\" is not a number");
        return fallback;
    }

    private static boolean readBoolean(Properties props, String key, boolean fallback, List<String> problems) {
        String raw = props.getProperty(key);
        if (raw == null) {
            return fallback;
        }
        String v = raw.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        problems.add(key + " \"" + raw + "\" is neither true nor false");
        return fallback;
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : Double.toString(value);
    }

    /** Properties' own escaping, without its date comment, in key order so saves are stable. */
    private static String sortedEntryLines(Properties props) {
        StringWriter out = new StringWriter();
        try {
            props.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString().lines()
                .filter(line -> !line.startsWith("#"))
                .sorted()
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
