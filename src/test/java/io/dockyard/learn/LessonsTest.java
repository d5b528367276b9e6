package io.dockyard.learn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonsTest {
    private final Sandbox sandbox = new Sandbox("t-", "lessons/busybox:1", Path.of("/ctx/busybox"),
            Path.of("/ctx/tidy"), Map.of("dockyard.test", "x"));
    private final List<Lesson> lessons = Lessons.all(sandbox);

    @Test
    void everyRowOfTheComparisonHasALesson() {
        Set<ComparisonRow> rows = lessons.stream().map(l -> l.recap().row()).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(ComparisonRow.class), rows);
    }

    @Test
    void theArticlesCommandsAllAppear() {
        Set<String> verbs = lessons.stream().flatMap(l -> l.steps().stream()).flatMap(s -> s.commands().stream())
                .map(c -> c.args().get(0)).collect(Collectors.toSet());
        assertTrue(verbs.containsAll(Set.of("build", "images", "run", "ps", "stop", "start", "exec", "diff",
                "commit", "rm", "top", "history", "create", "rmi", "tag")), verbs.toString());
        assertTrue(lessons.stream().flatMap(l -> l.steps().stream()).flatMap(s -> s.commands().stream())
                .anyMatch(c -> c.args().equals(List.of("ps", "-a"))));
    }

    @Test
    void everyStepHasSomethingToDoAndEveryLessonAGoal() {
        for (Lesson l : lessons) {
            assertFalse(l.goal().isBlank(), l.id());
            for (Step s : l.steps()) {
                assertFalse(s.showMe().isEmpty(), l.id() + ": " + s.title());
            }
        }
    }

    @Test
    void everythingALessonCreatesIsLabelledAndNamedForIt() {
        for (Lesson l : lessons) {
            for (Step s : l.steps()) {
                for (Command c : s.showMe()) {
                    String verb = c.args().get(0);
                    if (verb.equals("run") || verb.equals("create")) {
                        assertTrue(c.args().contains(Sandbox.CONTAINER_LABEL + "=" + l.id()), c.cliLine());
                        assertTrue(c.args().contains("dockyard.test=x"), c.cliLine());
                        String name = c.args().get(c.args().indexOf("--name") + 1);
                        assertTrue(l.containerNames().contains(name), name);
                    }
                    if ((verb.equals("volume") || verb.equals("network")) && c.args().get(1).equals("create")) {
                        assertTrue(c.args().contains(Sandbox.CONTAINER_LABEL + "=" + l.id()), c.cliLine());
                        assertTrue(c.args().contains("dockyard.test=x"), c.cliLine());
                        String name = c.args().get(c.args().size() - 1);
                        assertTrue((verb.equals("volume") ? l.volumeNames() : l.networkNames()).contains(name), name);
                    }
                    if (verb.equals("build") || verb.equals("commit")) {
                        assertTrue(c.args().stream().anyMatch(a -> a.contains(Sandbox.IMAGE_LABEL + "=" + l.id())),
                                c.cliLine());
                    }
                }
            }
        }
    }

    @Test
    void lessonsAfterTheFirstNeedTheBaseImage() {
        assertEquals(null, lessons.get(0).requirement());
        lessons.stream().skip(1).forEach(l -> assertTrue(l.requirement().missing().contains("docker build"), l.id()));
    }

    @Test
    void shippedDockerfilesAreTheOnesInAssets() throws IOException {
        for (String f : List.of("busybox/Dockerfile", "busybox/Dockerfile.from-busybox", "tidy/Dockerfile")) {
            assertEquals(Files.readString(Path.of("assets/lessons", f)), LessonAssets.resourceText(f), f);
        }
    }

    @Test
    void assetsAreLaidOutWithBusyboxOrSayWhatIsMissing() throws IOException {
        Path dir = Files.createTempDirectory("lesson-assets");
        Path fakeBusybox = Files.writeString(dir.resolve("bb"), "binary");
        LessonAssets.Prepared ok = LessonAssets.prepare(dir.resolve("a"), List.of(dir.resolve("nope"), fakeBusybox));
        assertTrue(ok.ready());
        assertTrue(Files.exists(ok.imageContext().resolve("busybox")));
        assertTrue(Files.exists(ok.tidyContext().resolve("Dockerfile")));
        LessonAssets.Prepared missing = LessonAssets.prepare(dir.resolve("b"), List.of(dir.resolve("nope")));
        assertFalse(missing.ready());
        assertTrue(missing.problem().contains("busybox-static") && missing.problem().contains("docker pull busybox"));
    }

    @Test
    void cliLinesAreQuotedForAShell() {
        // the same escape as every journal line: close the quote, an escaped quote, open again
        assertEquals("docker exec a sh -c 'echo it'\\''s > /n'",
                Command.perform("exec", "a", "sh", "-c", "echo it's > /n").cliLine());
        assertEquals("docker inspect --format '{{.Name}} pid {{.State.Pid}}' a",
                Command.see("inspect", "--format", "{{.Name}} pid {{.State.Pid}}", "a").cliLine());
        assertEquals("docker run -d --label dockyard.lesson=many img", Command.perform("run", "-d", "--label",
                "dockyard.lesson=many", "img").cliLine());
    }

    /** What a learner copies is what "show me" runs: a shell splits every step's line back into its arguments. */
    @Test
    void everyStepsLineSplitsBackIntoItsArguments() throws Exception {
        List<Command> commands = lessons.stream().flatMap(l -> l.steps().stream())
                .flatMap(s -> java.util.stream.Stream.concat(s.commands().stream(), s.showMe().stream())).toList();
        assertTrue(commands.size() > 20, "commands found: " + commands.size());
        for (Command c : commands) {
            String words = c.cliLine().substring("docker ".length());
            Process sh = new ProcessBuilder("sh", "-c", "printf '%s\\n' " + words).start();
            String out = new String(sh.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, sh.waitFor(), c.cliLine());
            assertEquals(c.args(), List.of(out.split("\n", -1)).subList(0, c.args().size()), c.cliLine());
        }
    }

    @Test
    void progressSurvivesATripThroughTheSettingsFile() {
        LessonProgress p = LessonProgress.NONE.withCompleted("many").withCompleted("image").at("mutable", 2);
        assertEquals("done=image,many;open=mutable;step=2", p.toText());
        assertEquals(p, LessonProgress.fromText(p.toText()));
        assertEquals(LessonProgress.NONE, LessonProgress.fromText(""));
        assertEquals(new LessonProgress(Set.of(), "x", 0), LessonProgress.fromText("open=x;step=minus one;junk"));
    }
}
