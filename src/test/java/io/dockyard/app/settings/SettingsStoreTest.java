package io.dockyard.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("dockyard").resolve("settings.properties");
    }

    private static Settings everythingChanged() {
        return Settings.DEFAULTS
                .withTheme(Theme.DARK)
                .withReducedMotion(true)
                .withWindow(new WindowPlacement(-1200.5, 40, 1600, 900, true))
                .withLastEndpoint("tcp://127.0.0.1:2375")
                .withExtra("lesson.first-container", "done")
                .withExtra("lesson.ünïcode = key: #1", "line one\nline two \\ ✓");
    }

    @Test
    void savedSettingsLoadBackEqual() throws IOException {
        SettingsStore store = new SettingsStore(file());
        Settings saved = everythingChanged();

        store.save(saved);
        SettingsStore.Loaded loaded = new SettingsStore(file()).load();

        assertEquals(saved, loaded.settings());
        assertEquals(Optional.empty(), loaded.problem());
    }

    @Test
    void savingTwiceGivesTheSameBytesAndLeavesNoTemporaryFiles() throws IOException {
        SettingsStore store = new SettingsStore(file());
        store.save(everythingChanged());
        byte[] first = Files.readAllBytes(file());
        store.save(everythingChanged());

        assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(file()));
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertEquals(List.of(file()), files.toList());
        }
    }

    @Test
    void defaultPlacementWithoutPositionRoundTrips() throws IOException {
        SettingsStore store = new SettingsStore(file());
        store.save(Settings.DEFAULTS);

        Settings loaded = store.load().settings();

        assertEquals(Settings.DEFAULTS.theme(), loaded.theme());
        assertFalse(loaded.window().hasPosition());
        assertEquals(1280, loaded.window().width());
        assertFalse(Files.readString(file()).contains("window.x"));
    }

    @Test
    void missingFileIsAFirstStartWithDefaultsAndNoProblem() {
        SettingsStore.Loaded loaded = new SettingsStore(file()).load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertEquals(Optional.empty(), loaded.problem());
        assertFalse(Files.exists(file()), "loading alone must not create the file");
    }

    @Test
    void garbageIsReportedSetAsideAndReplacedWithDefaults() throws IOException {
        Files.createDirectories(file().getParent());
        byte[] garbage = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, '\\', 'u', 'Z', 'Z', '\n', (byte) 0xff};
        Files.write(file(), garbage);

        SettingsStore.Loaded loaded = new SettingsStore(file()).load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        String problem = loaded.problem().orElseThrow();
        assertTrue(problem.contains(file().toString()), problem);
        assertTrue(problem.contains("settings.properties.broken"), problem);
        assertEquals(List.of((int) garbage[0]), List.of((int) Files.readAllBytes(broken())[0]));
        assertEquals(new SettingsStore.Loaded(Settings.DEFAULTS, Optional.empty()),
                new SettingsStore(file()).load(), "the replacement must load cleanly");
    }

    @Test
    void textThatIsNotOurFormatIsReported() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "<html><body>oops</body></html>\n");

        SettingsStore.Loaded loaded = new SettingsStore(file()).load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertTrue(loaded.problem().orElseThrow().contains("not a Dockyard settings file"));
    }

    @Test
    void badValuesFallBackOneByOneAndGoodValuesAreKept() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), String.join("\n",
                "dockyard.settings.format=1",
                "theme=purple",
                "motion.reduced=yes please",
                "window.x=12",
                "window.y=NaN",
                "window.width=wide",
                "window.height=700",
                "endpoint.last=unix:///var/run/docker.sock",
                "extra.lesson.one=done"));

        SettingsStore.Loaded loaded = new SettingsStore(file()).load();

        Settings s = loaded.settings();
        assertEquals(Theme.SYSTEM, s.theme());
        assertFalse(s.reducedMotion());
        assertFalse(s.window().hasPosition(), "y was not a number, so x alone is dropped too");
        assertEquals(1280, s.window().width());
        assertEquals(700, s.window().height());
        assertEquals("unix:///var/run/docker.sock", s.lastEndpoint());
        assertEquals("done", s.extras().get("lesson.one"));
        String problem = loaded.problem().orElseThrow();
        for (String named : List.of("theme \"purple\" is unknown", "motion.reduced", "window.y", "window.width \"wide\"")) {
            assertTrue(problem.contains(named), () -> named + " missing from: " + problem);
        }
        assertEquals(Optional.empty(), new SettingsStore(file()).load().problem());
        assertEquals(s, new SettingsStore(file()).load().settings());
    }

    @Test
    void impossibleWindowSizeIsReported() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "dockyard.settings.format=1\nwindow.width=-5\nwindow.height=1e9\n");

        SettingsStore.Loaded loaded = new SettingsStore(file()).load();

        assertEquals(WindowPlacement.DEFAULT.width(), loaded.settings().window().width());
        assertEquals(WindowPlacement.DEFAULT.height(), loaded.settings().window().height());
        assertTrue(loaded.problem().orElseThrow().contains("window size"));
    }

    @Test
    void unwritableFolderFailsSaveWithAMessageAndNeverThrowsFromTrySave() throws IOException {
        // a plain file where the folder should be: unwritable even for root, unlike chmod
        Path blocker = dir.resolve("dockyard");
        Files.writeString(blocker, "not a folder");
        SettingsStore store = new SettingsStore(file());

        assertThrows(IOException.class, () -> store.save(everythingChanged()));
        String message = store.trySave(everythingChanged()).orElseThrow();
        assertTrue(message.contains(file().toString()), message);
        SettingsStore.Loaded loaded = store.load();
        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertEquals("not a folder", Files.readString(blocker));
    }

    @Test
    void brokenFileThatCannotBeReplacedIsStillNotFatal() throws IOException {
        // the settings "file" is a folder with something in it: it cannot be read nor moved aside
        // over the existing .broken folder, so the store must give defaults and say so
        Files.createDirectories(file().resolve("inside"));
        Files.createDirectories(broken().resolve("inside"));

        SettingsStore.Loaded loaded = new SettingsStore(file()).load();

        assertEquals(Settings.DEFAULTS, loaded.settings());
        assertTrue(loaded.problem().orElseThrow().contains("could not be replaced"), loaded.problem().get());
    }

    private Path broken() {
        return file().resolveSibling("settings.properties.broken");
    }
}
