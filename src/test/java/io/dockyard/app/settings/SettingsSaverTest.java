package io.dockyard.app.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsSaverTest {
    @TempDir
    Path dir;

    @Test
    void theNewestOfManySavesIsWhatTheFileHolds() {
        SettingsStore store = new SettingsStore(dir.resolve("settings.properties"));
        List<String> problems = new CopyOnWriteArrayList<>();
        try (SettingsSaver saver = new SettingsSaver(store, problems::add)) {
            for (int i = 0; i < 200; i++) {
                saver.save(Settings.DEFAULTS.withLastEndpoint("tcp://host-" + i + ":2376"));
            }
            saver.flush(Duration.ofSeconds(10));
        }
        assertEquals("tcp://host-199:2376", store.load().settings().lastEndpoint());
        assertEquals(List.of(), problems);
    }

    @Test
    void aWriteThatFailsIsReportedInWords() throws Exception {
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the settings folder should be");
        SettingsStore store = new SettingsStore(blocked.resolve("settings.properties"));
        List<String> problems = new CopyOnWriteArrayList<>();
        try (SettingsSaver saver = new SettingsSaver(store, problems::add)) {
            saver.save(Settings.DEFAULTS.withReducedMotion(true));
            saver.flush(Duration.ofSeconds(10));
        }
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("could not save its settings"), problems.get(0));
    }
}
