package io.dockyard.app;

import io.dockyard.app.settings.Settings;
import io.dockyard.app.settings.SettingsStore;
import io.dockyard.learn.LessonProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SettingsLessonProgressTest {
    @TempDir
    Path dir;

    @Test
    void progressSurvivesTheSettingsFileAndLeavesOtherSettingsAlone() throws Exception {
        SettingsStore file = new SettingsStore(dir.resolve("settings.properties"));
        AtomicReference<Settings> settings = new AtomicReference<>(Settings.DEFAULTS.withLastEndpoint("unix:///x.sock")
                .withExtra("other.feature", "kept"));
        SettingsLessonProgress store = new SettingsLessonProgress(settings::get, next -> {
            settings.set(next);
            file.trySave(next).ifPresent(p -> {
                throw new AssertionError(p);
            });
        });
        assertEquals(LessonProgress.NONE, store.load());

        LessonProgress progress = new LessonProgress(Set.of("image", "many"), "static", 2);
        store.save(progress);

        Settings reread = file.load().settings();
        SettingsLessonProgress fresh = new SettingsLessonProgress(() -> reread, s -> { });
        assertEquals(progress, fresh.load());
        assertEquals("kept", reread.extras().get("other.feature"));
        assertEquals("unix:///x.sock", reread.lastEndpoint());
        assertEquals("image,many", reread.extras().get(SettingsLessonProgress.COMPLETED));
    }

    @Test
    void unchangedProgressIsNotWrittenAgainAndBrokenValuesReadAsNoProgress() {
        AtomicReference<Settings> settings = new AtomicReference<>(Settings.DEFAULTS);
        AtomicInteger writes = new AtomicInteger();
        SettingsLessonProgress store = new SettingsLessonProgress(settings::get, next -> {
            writes.incrementAndGet();
            settings.set(next);
        });
        store.save(new LessonProgress(Set.of(), "many", 1));
        store.save(new LessonProgress(Set.of(), "many", 1));
        assertEquals(1, writes.get());

        settings.set(settings.get().withExtra(SettingsLessonProgress.STEP, "two").withExtra(
                SettingsLessonProgress.COMPLETED, " ,image,"));
        assertEquals(new LessonProgress(Set.of("image"), "many", 0), store.load());
    }
}
