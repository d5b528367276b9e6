package io.dockyard.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the lessons' build contexts on disk: the sample Dockerfiles (shipped as resources, the
 * same files as {@code assets/lessons/}) and a copy of the machine's static busybox, so the first
 * lesson can build its image with no registry. Blocking file work: call it off the UI thread.
 */
public final class LessonAssets {
    /** Where a static busybox is usually found. */
    public static final List<Path> BUSYBOX_PLACES = List.of(Path.of("/usr/bin/busybox"), Path.of("/bin/busybox"));
    private static final String RESOURCES = "/io/dockyard/learn/lessons/";

    private LessonAssets() {
    }

    /**
     * The contexts, ready for {@code docker build}.
     *
     * @param imageContext the lesson image's context
     * @param tidyContext  the clean-up lesson's context
     * @param problem      empty when the image context is complete; otherwise what is missing and
     *                     what to do about it
     */
    public record Prepared(Path imageContext, Path tidyContext, String problem) {
        public boolean ready() {
            return problem.isEmpty();
        }

        public Sandbox sandbox() {
            return Sandbox.standard(imageContext, tidyContext);
        }
    }

    /** Prepares the contexts under the default folder, {@code <tmp>/dockyard-lessons}. */
    public static Prepared prepare() {
        return prepare(defaultRoot(), BUSYBOX_PLACES);
    }

    /**
     * The sandbox {@link #prepare()} leads to, known at once without touching the disk, so the
     * lessons can be built on the UI thread while the files are copied in the background.
     */
    public static Sandbox standardSandbox() {
        return Sandbox.standard(defaultRoot().resolve("busybox"), defaultRoot().resolve("tidy"));
    }

    private static Path defaultRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"), "dockyard-lessons");
    }

    public static Prepared prepare(Path root, List<Path> busyboxPlaces) {
        Path image = root.resolve("busybox");
        Path tidy = root.resolve("tidy");
        try {
            Files.createDirectories(image);
            Files.createDirectories(tidy);
            copyResource("busybox/Dockerfile", image.resolve("Dockerfile"));
            copyResource("busybox/Dockerfile.from-busybox", image.resolve("Dockerfile.from-busybox"));
            copyResource("tidy/Dockerfile", tidy.resolve("Dockerfile"));
            Optional<Path> busybox = busyboxPlaces.stream().filter(Files::isRegularFile).findFirst();
            if (busybox.isEmpty()) {
                return new Prepared(image, tidy, "No static busybox on this machine (looked in "
                        + busyboxPlaces + "). Install one (apt-get install busybox-static) and reopen the lesson, "
                        + "or, where a registry answers, run: docker pull busybox && docker build -f "
                        + "Dockerfile.from-busybox -t " + Sandbox.STANDARD_BASE + " " + image);
            }
            Files.copy(busybox.get(), image.resolve("busybox"), StandardCopyOption.REPLACE_EXISTING);
            return new Prepared(image, tidy, "");
        } catch (IOException e) {
            return new Prepared(image, tidy, "Could not write the lesson files to " + root + ": " + e.getMessage());
        }
    }

    /** The text of a shipped lesson file, such as {@code busybox/Dockerfile}. */
    public static String resourceText(String name) {
        try (InputStream in = LessonAssets.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("lesson file missing from the build: " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyResource(String name, Path target) throws IOException {
        Files.writeString(target, resourceText(name));
    }
}
