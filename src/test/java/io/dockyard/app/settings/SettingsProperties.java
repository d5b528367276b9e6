package io.dockyard.app.settings;

import io.dockyard.testing.Gen;
import io.dockyard.testing.Hostile;
import io.dockyard.testing.Props;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The settings file over generated damage: loading always gives usable settings and at most a
 * message in words, and a damaged file is replaced by one that loads cleanly; what is saved loads
 * back equal.
 */
class SettingsProperties {
    private static final Gen<String> KEYS = Gen.oneOfValues(SettingsFormat.FORMAT_KEY, "theme", "motion.reduced",
            "window.x", "window.y", "window.width", "window.height", "window.maximized", "endpoint.last",
            "extra.lesson.first", "extra.", "extra", "Theme", "window.width ", " theme");
    private static final Gen<String> VALUES = Gen.weighted(List.of(3, 1), List.of(Gen.oneOfValues("1", "2", "dark",
            "DARK", " light ", "blue", "", "true", "TRUE", "yes", "0", "-1", "99", "100", "1280", "100000", "100001",
            "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "0x10", "1_000", "12,5", "\u0663", "unix:///x",
            "\\uZZZZ", "\\u12", "a\\", "\\\\", "\\n", "="), Hostile.text()));
    private static final Gen<String> LINES = Gen.weighted(List.of(6, 2, 1, 1), List.of(
            Gen.of(r -> KEYS.next(r) + Gen.oneOfValues("=", ":", " ", " = ", "\t").next(r) + VALUES.next(r)),
            Hostile.text(), Gen.oneOfValues("# comment", "! comment", "", "   ", "\\", "key\\", "\\uD800"),
            Hostile.veryLong()));
    private static final Gen<String> FILES = Gen.of(r -> {
        List<String> lines = LINES.list(0, 14).next(r);
        String eol = Gen.oneOfValues("\n", "\r\n", "\r").next(r);
        return (r.nextInt(3) == 0 ? "" : SettingsFormat.FORMAT_KEY + "=1" + eol) + String.join(eol, lines);
    }).shrinkingAs(Hostile.specialChars());

    private static Path root;

    @BeforeAll
    static void makeRoot() throws IOException {
        root = Files.createTempDirectory("dockyard-settings-props");
    }

    @AfterAll
    static void removeRoot() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anyFileLoadsAsUsableSettingsAndADamagedOneIsReplacedByOneThatLoadsCleanly() {
        java.util.concurrent.atomic.AtomicInteger damaged = new java.util.concurrent.atomic.AtomicInteger();
        int tries = Props.forAll(Props.TRIES / 2, FILES.map(SettingsProperties::withBrokenBytesNowAndThen), bytes -> {
            Path file = Files.createTempDirectory(root, "load").resolve("settings.properties");
            Files.write(file, bytes);
            SettingsStore.Loaded loaded = new SettingsStore(file).load();
            assertTrue(loaded.settings() != null);
            // the message may quote the file, \\uD800 escapes and all; it must say which file and that defaults apply
            String intro = "Dockyard's settings file " + file + " had a problem: ";
            loaded.problem().ifPresent(p -> assertTrue(p.startsWith(intro)
                    && p.contains("Defaults are used where needed."), p));
            loaded.problem().ifPresent(p -> damaged.incrementAndGet());
            SettingsStore.Loaded again = new SettingsStore(file).load();
            assertEquals(java.util.Optional.empty(), again.problem(), "the file written in its place");
            assertEquals(loaded.settings(), again.settings());
        });
        // the generator reaches both ways through load(): damaged files and usable ones
        assertTrue(damaged.get() > tries / 5 && damaged.get() < tries * 19 / 20, damaged + " of " + tries + " damaged");
    }

    @Test
    void savedSettingsLoadBackEqual() {
        Props.forAll(Props.TRIES / 4, Gen.of(SettingsProperties::settings), settings -> {
            Path file = Files.createTempDirectory(root, "save").resolve("dockyard").resolve("settings.properties");
            SettingsStore store = new SettingsStore(file);
            store.save(settings);
            SettingsStore.Loaded loaded = store.load();
            assertEquals(java.util.Optional.empty(), loaded.problem());
            assertEquals(settings, loaded.settings(), Props.show(Files.readString(file)));
        });
    }

    @Test
    void savingAnyExtraValueSavesOrSaysWhyInWords() {
        Props.forAll(Props.TRIES / 4, Hostile.text(), value -> {
            Path file = Files.createTempDirectory(root, "try").resolve("settings.properties");
            new SettingsStore(file).trySave(Settings.DEFAULTS.withExtra("lesson.note", value))
                    .ifPresent(p -> Hostile.assertRefusalInWords(value, p));
        });
    }

    /** Settings the app can hold: any extras text a feature keeps, window sizes it accepts. */
    private static Settings settings(Random r) {
        Settings s = Settings.DEFAULTS.withTheme(Theme.values()[r.nextInt(3)]).withReducedMotion(r.nextBoolean())
                .withLastEndpoint(Gen.oneOfValues("", "unix:///var/run/docker.sock", "tcp://[::1]:2376",
                        "unix:///home/\u00e9t\u00e9/d=o:c#k!er.sock").next(r));
        boolean placed = r.nextBoolean();
        s = s.withWindow(new WindowPlacement(placed ? r.nextInt(8000) - 4000 + r.nextInt(2) / 2.0 : Double.NaN,
                placed ? r.nextInt(8000) - 4000 : Double.NaN, 100 + r.nextInt(5000), 100 + r.nextDouble() * 5000,
                r.nextBoolean()));
        Gen<String> text = Hostile.text().filter(Hostile::wellFormed);
        for (int n = r.nextInt(4); n > 0; n--) {
            s = s.withExtra(text.filter(k -> !k.isEmpty()).next(r), text.next(r));
        }
        return s;
    }

    private static byte[] withBrokenBytesNowAndThen(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (text.length() % 5 != 0) {
            return utf8;
        }
        byte[] broken = Arrays.copyOf(utf8, utf8.length + 3);
        broken[utf8.length] = (byte) 0xc3;
        broken[utf8.length + 1] = (byte) 0x28;
        broken[utf8.length + 2] = (byte) 0xff;
        return broken;
    }
}
