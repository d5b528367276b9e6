package io.dockyard.app.settings;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What Dockyard remembers between runs. Immutable: change it with the {@code with…} methods
 * and save the new value through {@link SettingsStore}.
 *
 * @param theme         light, dark or follow the desktop
 * @param reducedMotion true to switch animations off
 * @param window        main window position and size
 * @param lastEndpoint  the engine endpoint used last time ({@code unix:///var/run/docker.sock}),
 *                      empty when none was chosen yet
 * @param extras        an open bag of string values for features that keep their own small state
 *                      (lesson progress, for instance); keys should be prefixed with the feature,
 *                      like {@code lesson.first-container}
 */
public record Settings(Theme theme, boolean reducedMotion, WindowPlacement window,
                       String lastEndpoint, Map<String, String> extras) {

    /** What a first start uses, and what replaces a broken file. */
    public static final Settings DEFAULTS =
            new Settings(Theme.SYSTEM, false, WindowPlacement.DEFAULT, "", Map.of());

    public Settings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(lastEndpoint, "lastEndpoint");
        // sorted and unmodifiable, so equal settings print and save the same way
        extras = Collections.unmodifiableSortedMap(new TreeMap<>(extras));
    }

    public boolean hasLastEndpoint() {
        return !lastEndpoint.isBlank();
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(newTheme, reducedMotion, window, lastEndpoint, extras);
    }

    public Settings withReducedMotion(boolean reduced) {
        return new Settings(theme, reduced, window, lastEndpoint, extras);
    }

    public Settings withWindow(WindowPlacement placement) {
        return new Settings(theme, reducedMotion, placement, lastEndpoint, extras);
    }

    public Settings withLastEndpoint(String endpoint) {
        return new Settings(theme, reducedMotion, window, endpoint, extras);
    }

    /** A copy with {@code key} set to {@code value}; keys and values are free text. */
    public Settings withExtra(String key, String value) {
        Map<String, String> copy = new TreeMap<>(extras);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new Settings(theme, reducedMotion, window, lastEndpoint, copy);
    }

    public Settings withoutExtra(String key) {
        Map<String, String> copy = new TreeMap<>(extras);
        copy.remove(key);
        return new Settings(theme, reducedMotion, window, lastEndpoint, copy);
    }
}
