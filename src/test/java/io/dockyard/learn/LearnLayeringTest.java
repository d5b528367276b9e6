package io.dockyard.learn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The lesson model stays free of JavaFX, and docker-java stays out of the whole package. */
class LearnLayeringTest {
    private static final Set<String> VIEW = Set.of("LearnView.java", "LessonPath.java", "StepCard.java");
    private static final Path SOURCES = Path.of("src/main/java/io/dockyard/learn");

    @Test
    void onlyTheViewClassesUseJavaFx() throws IOException {
        for (Path file : sources()) {
            String text = Files.readString(file);
            assertFalse(text.contains("com.github.dockerjava"), file + " uses docker-java");
            if (!VIEW.contains(file.getFileName().toString())) {
                assertFalse(text.contains("import javafx"), file + " uses JavaFX");
                assertFalse(text.contains("Platform.runLater"), file + " switches threads");
            }
        }
    }

    @Test
    void liveFactsDescribeTheLearnersObjects() {
        Yard yard = new Yard().image("sha256:abcdef1234567890", 2_000_000, java.util.Map.of(), "t/busybox:1")
                .container("c1", "t-web-1", "sha256:abcdef1234567890", io.dockyard.model.ContainerState.RUNNING,
                        4711, 32768, java.util.Map.of(), 8_388_608);
        // decimal units, as the blueprint and the inspector word the same sizes (2_000_000 B is 2.0 MB)
        assertEquals(List.of("container t-web-1 \u00B7 running \u00B7 PID 4711 \u00B7 port 32768\u219280 \u00B7 "
                        + "writable layer 8.4 MB \u00B7 from t/busybox:1",
                        "image t/busybox:1 \u00B7 abcdef123456 \u00B7 2.0 MB in 1 read-only layer \u00B7 1 container"),
                LiveFacts.lines(yard.state(), List.of("t-web-1", "t/busybox:1", "gone")));
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }
}
