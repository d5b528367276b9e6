package io.dockyard.app.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads and writes {@link Settings} in one properties file. Nothing here is fatal: a file that
 * cannot be read or understood gives defaults (keeping every value that was still usable), is
 * set aside as {@code settings.properties.broken} and replaced, and the {@link Loaded#problem()}
 * says so in a sentence the app can show. Saving writes a temporary file beside the target and
 * moves it into place, so a crash never leaves half a file.
 */
public final class SettingsStore {

    /**
     * The outcome of {@link #load()}.
     *
     * @param settings what to use now, never null
     * @param problem  a message for the user when the file was broken or unreadable
     */
    public record Loaded(Settings settings, Optional<String> problem) {
    }

    private static final String FILE_NAME_PREFIX = ".settings-";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    }

    /** The store at the platform's usual place, see {@link SettingsLocation}. */
    public static SettingsStore forThisMachine() {
        return new SettingsStore(SettingsLocation.forThisMachine());
    }

    public Path file() {
        return file;
    }

    /** Reads the file; a missing file is a first start and gives defaults without a problem. */
    public Loaded load() {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.DEFAULTS, Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed \\uXXXX escape, i.e. garbage in the file
            return replaceBroken(Settings.DEFAULTS, List.of("it could not be read (" + describe(e) + ")"));
        }
        SettingsFormat.Parsed parsed = SettingsFormat.read(props);
        if (parsed.problems().isEmpty()) {
            return new Loaded(parsed.settings(), Optional.empty());
        }
        return replaceBroken(parsed.settings(), parsed.problems());
    }

    /** Writes atomically, creating the folder if needed. */
    public void save(Settings settings) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, FILE_NAME_PREFIX, ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write(SettingsFormat.write(settings));
            }
            moveIntoPlace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** {@link #save} for callers that show failures rather than handle them: the message, if any. */
    public Optional<String> trySave(Settings settings) {
        try {
            save(settings);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("Dockyard could not save its settings to " + file + " (" + describe(e)
                    + "). Your changes apply until you quit; check that the folder is writable.");
        }
    }

    private Loaded replaceBroken(Settings usable, List<String> problems) {
        List<String> notes = new ArrayList<>();
        Path aside = file.resolveSibling(file.getFileName() + ".broken");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            notes.add("The old file was kept as " + aside + ".");
            save(usable);
        } catch (IOException | RuntimeException e) {
            notes.add("It could not be replaced (" + describe(e) + "), so changes may not be kept.");
        }
        String message = "Dockyard's settings file " + file + " had a problem: " + String.join("; ", problems)
                + ". Defaults are used where needed. " + String.join(" ", notes);
        return new Loaded(usable, Optional.of(message));
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String describe(Exception e) {
        String what = e.getClass().getSimpleName();
        return e.getMessage() == null ? what : what + ": " + e.getMessage();
    }
}
