package io.dockyard.app;

import io.dockyard.app.settings.Settings;
import io.dockyard.learn.LessonProgress;
import io.dockyard.learn.LessonProgressStore;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Keeps lesson progress in the settings file's extras: finished lessons as a comma-separated
 * list, the lesson open last and the step reached in it. Unreadable values count as no progress.
 */
final class SettingsLessonProgress implements LessonProgressStore {
    static final String COMPLETED = "learn.completed";
    static final String CURRENT = "learn.current";
    static final String STEP = "learn.step";

    private final Supplier<Settings> settings;
    private final Consumer<Settings> save;

    /**
     * @param settings the settings as they are now
     * @param save     replaces and writes the settings (the app's {@code saveSettings})
     */
    SettingsLessonProgress(Supplier<Settings> settings, Consumer<Settings> save) {
        this.settings = settings;
        this.save = save;
    }

    @Override
    public LessonProgress load() {
        var extras = settings.get().extras();
        Set<String> completed = Arrays.stream(extras.getOrDefault(COMPLETED, "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new LessonProgress(completed, extras.getOrDefault(CURRENT, ""), step(extras.getOrDefault(STEP, "0")));
    }

    @Override
    public void save(LessonProgress progress) {
        Settings next = settings.get()
                .withExtra(COMPLETED, String.join(",", new TreeSet<>(progress.completed())))
                .withExtra(CURRENT, progress.current())
                .withExtra(STEP, String.valueOf(progress.step()));
        if (!next.equals(settings.get())) {
            save.accept(next);
        }
    }

    private static int step(String raw) {
        try {
            return Math.max(0, Integer.parseInt(raw.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
