package io.dockyard;

import io.dockyard.testing.JavaSources;
import io.dockyard.testing.JavaSources.Import;
import io.dockyard.testing.JavaSources.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    // ---- the "Packages" table of ARCHITECTURE.md, one row per test

    /** java.*-only helpers that every layer may use (README "Design"). */
    private static final List<String> HELPERS = List.of("io.dockyard.text", "io.dockyard.concurrent");
    /** A Dockyard class named with its package in code: {@code io.dockyard.engine.api.EngineCommands}. */
    private static final Pattern QUALIFIED_DOCKYARD =
            Pattern.compile("\\bio\\s*\\.\\s*dockyard((\\s*\\.\\s*[a-z]\\w*)+)\\s*\\.\\s*[A-Z]");

    /**
     * The package's sources (and those of its subpackages) exist, and every Dockyard class they name,
     * by import or fully qualified, is in their own layer, one of the allowed packages or a helper;
     * every other import is java.* or starts with one of the allowed prefixes.
     */
    private void assertLayer(String pkg, List<String> dockyard, List<String> others) {
        List<Source> scope = in(pkg);
        assertTrue(scope.size() >= 1, pkg + " sources found: " + scope.size());
        List<String> allowed = new ArrayList<>(dockyard);
        allowed.add(pkg);
        allowed.addAll(HELPERS);
        Predicate<String> inDockyard = n -> allowed.stream().anyMatch(p -> n.startsWith(p + "."));
        List<String> bad = badImports(scope, n -> n.startsWith("io.dockyard.") ? inDockyard.test(n)
                : n.startsWith("java.") || others.stream().anyMatch(n::startsWith));
        bad.addAll(qualifiedDockyardUses(scope, inDockyard));
        if (!others.contains("javafx.")) {
            bad.addAll(uses(scope, JAVAFX, "JavaFX"));
        }
        if (!others.contains("com.github.dockerjava.")) {
            bad.addAll(uses(scope, DOCKER_JAVA, "docker-java"));
        }
        assertNone(bad, pkg + " may use " + String.join(", ", dockyard) + ", the helpers, java.*"
                + (others.isEmpty() ? "" : " and " + String.join(", ", others)) + " only (ARCHITECTURE.md, Packages)");
    }

    /** Dockyard classes named in code with their package (not imported) that the rule does not allow. */
    private static List<String> qualifiedDockyardUses(List<Source> scope, Predicate<String> allowed) {
        List<String> found = new ArrayList<>();
        for (Source s : scope) {
            Matcher m = QUALIFIED_DOCKYARD.matcher(s.code());
            while (m.find()) {
                String name = "io.dockyard" + m.group(1).replaceAll("\\s", "");
                if (!allowed.test(name + ".")) {
                    int line = 1 + (int) s.code().substring(0, m.start()).chars().filter(c -> c == '\n').count();
                    found.add(where(s, line) + " names " + name);
                }
            }
        }
        return found;
    }

    /** Intents and queries as values, with their CLI lines and the input rules: the model, nothing else. */
    @Test
    void intentUsesOnlyTheModel() {
        assertLayer("io.dockyard.intent", List.of("io.dockyard.model"), List.of());
    }

    /** The ports (EngineCommands, ContainerProbe) speak in model and intent values only. */
    @Test
    void enginePortsUseOnlyTheModelAndIntents() {
        assertLayer("io.dockyard.engine.api", List.of("io.dockyard.model", "io.dockyard.intent"), List.of());
    }

    /** The docker adapter implements the ports; it knows no gesture, lesson, view or app, and no JavaFX. */
    @Test
    void theEngineUsesTheModelIntentsAndPortsOnly() {
        assertLayer("io.dockyard.engine", List.of("io.dockyard.model", "io.dockyard.intent", "io.dockyard.engine.api"),
                List.of("javax.", "com.github.dockerjava."));
    }

    /**
     * Gestures perform intents through the port, never through the docker adapter. The journal is
     * allowed too: the table's "owns" column gives actions the runner that writes the journal.
     */
    @Test
    void actionsUseTheModelIntentsPortsAndJournal() {
        assertLayer("io.dockyard.actions", List.of("io.dockyard.model", "io.dockyard.intent", "io.dockyard.engine.api",
                "io.dockyard.journal"), List.of("javafx."));
    }

    /** Lessons check EngineState and ask the probe port; they never reach the docker adapter. */
    @Test
    void learnUsesTheModelIntentsPortsAndYard() {
        assertLayer("io.dockyard.learn", List.of("io.dockyard.model", "io.dockyard.intent", "io.dockyard.engine.api",
                "io.dockyard.yard"), List.of("javafx."));
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
