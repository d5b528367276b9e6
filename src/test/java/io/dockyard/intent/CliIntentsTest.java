package io.dockyard.intent;

import io.dockyard.learn.Command;
import io.dockyard.learn.Lesson;
import io.dockyard.learn.Lessons;
import io.dockyard.learn.Sandbox;
import io.dockyard.learn.Step;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliIntentsTest {
    private static final Sandbox SANDBOX = new Sandbox("t-", "t/busybox:1", Path.of("/tmp/ctx/busybox"),
            Path.of("/tmp/ctx/tidy"), Map.of("dockyard.test", "run-1", "a.first", "x"));

    private static List<String> lessonCommands() {
        List<String> lines = new ArrayList<>();
        List<List<String>> all = new ArrayList<>();
        for (Lesson lesson : Lessons.withSwarm(SANDBOX)) {
            for (Step step : lesson.steps()) {
                step.showMe().forEach(c -> all.add(c.args()));
            }
        }
        // what "reset lesson" runs
        all.add(List.of("rm", "-f", "0123456789ab"));
        all.add(List.of("rmi", "t-blueprint:copy"));
        all.forEach(a -> lines.add(String.join("\u0000", a)));
        return lines;
    }

    @Test
    void everyShowMeCommandOfTheLessonsComesBackAsTheSameWords() {
        List<String> commands = lessonCommands();
        assertTrue(commands.size() >= 20, "the lessons' DO commands were found: " + commands.size());
        for (String joined : commands) {
            List<String> args = List.of(joined.split("\u0000"));
            Parsed<Intent> parsed = CliIntents.parse(args);
            assertTrue(parsed.isOk(), () -> args + ": " + parsed.problem());
            List<String> expected = new ArrayList<>(List.of("docker"));
            expected.addAll(args);
            assertEquals(expected, parsed.value().cliArgs(), "round trip of " + args);
            assertEquals(new Command(args, Command.Kind.DO).cliLine(), parsed.value().cliLine());
        }
    }

    @Test
    void aBuildKeepsWhetherItForceRemovesAFailedStepsContainer() {
        BuildImage plain = (BuildImage) ok("build", "-t", "app:1", "/tmp/ctx");
        BuildImage forced = (BuildImage) ok("build", "--force-rm", "-t", "app:1", "/tmp/ctx");
        assertFalse(plain.forceRm());
        assertTrue(forced.forceRm());
        assertEquals("docker build --force-rm -t app:1 /tmp/ctx", forced.cliLine());
        assertTrue(new BuildImage(Path.of("/tmp/ctx"), null, "", Map.of()).forceRm(), "Dockyard's own builds clean up");
    }

    @Test
    void eachCommandBecomesItsOwnKindOfIntent() {
        assertInstanceOf(CreateContainer.class, ok("create", "--name", "x", "img"));
        ExecCommand exec = (ExecCommand) ok("exec", "-d", "box", "sleep", "600");
        assertTrue(exec.detach());
        assertEquals(List.of("sleep", "600"), exec.command());
        assertFalse(((ExecCommand) ok("exec", "box", "ls")).detach());
        CommitContainer commit = (CommitContainer) ok("commit", "-c", "LABEL a=1", "-c", "LABEL b=", "box", "new:1");
        assertEquals(List.of("LABEL a=1", "LABEL b="), commit.changes());
        assertEquals("new:1", commit.repoTag());
        BuildImage build = (BuildImage) ok("build", "-t", "x:1", "--build-arg", "BASE=b:1", "/ctx");
        assertEquals(Map.of("BASE", "b:1"), build.buildArgs());
        assertEquals(Path.of("/ctx"), build.context());
        RunContainer run = (RunContainer) ok("run", "-d", "--name", "w", "-p", "8080:80", "--label", "k=v", "img",
                "sh", "-c", "sleep 1");
        assertEquals(List.of(new PortSpec("", 8080, 80, "tcp")), run.ports());
        assertEquals(List.of("sh", "-c", "sleep 1"), run.command());
        assertEquals(Map.of("k", "v"), run.labels());
        RunContainer wired = (RunContainer) ok("run", "-d", "--network", "shop_back", "-v", "data:/data:ro", "img");
        assertEquals("shop_back", wired.network());
        assertEquals("docker run -d -v data:/data:ro --network shop_back img", wired.cliLine());
        assertEquals("host", ((RunContainer) ok("run", "-d", "--net", "host", "img")).network(),
                "the predefined networks can be joined, though not made");
        assertEquals(new StopContainer("box", 3), ok("stop", "-t", "3", "box"));
        assertEquals(new RemoveImage("img", true), ok("rmi", "-f", "img"));
        assertEquals(new TagImage("a", "b"), ok("tag", "a", "b"));
    }

    @Test
    void wordsItCannotFollowAreRefusedWithTheReason() {
        assertProblem(List.of(), "No docker command");
        assertProblem(List.of("pull", "busybox"), "docker pull");
        assertProblem(List.of("run", "--name", "x", "img"), "-d");
        assertProblem(List.of("run", "-d", "--privileged", "img"), "--privileged");
        assertProblem(List.of("run", "-d", "-p", "99999", "img"), "-p 99999");
        assertProblem(List.of("run", "-d", "--name"), "value of --name");
        assertProblem(List.of("run", "-d"), "image to run");
        assertProblem(List.of("exec", "box"), "needs a command");
        assertProblem(List.of("commit", "-c", "CMD sh", "box"), "LABEL");
        assertProblem(List.of("commit", "box", "a:1", "b:1"), "unexpected: b:1");
        assertProblem(List.of("start", "a", "b"), "Unexpected word after the command: b");
        assertProblem(List.of("stop", "-t", "soon", "box"), "number of seconds");
        assertProblem(List.of("build", "--build-arg", "NOVALUE", "/ctx"), "NAME=value");
        assertProblem(List.of("build", "-t", "x"), "build context");
        assertProblem(List.of("rm", "--link", "box"), "--link");
        assertProblem(List.of("tag", "a"), "new name");
    }

    // counter-examples the property tests found (CliIntentsProperties), kept as plain examples

    @Test
    void aRunWithVolumesAndARestartPolicyReadsBackFromItsOwnLine() {
        RunContainer run = new RunContainer("swks:1.36", "tpeats5d_t.0z1p023b", List.of(), List.of(),
                List.of(new VolumeSpec("", "/iydke/e7hdzo", false), new VolumeSpec("/srv/my site", "/html", true)),
                List.of(), new RestartPolicy("on-failure", 5), false, Map.of());
        assertEquals(run, ok(run.cliArgs().subList(1, run.cliArgs().size()).toArray(String[]::new)));
        assertProblem(List.of("run", "-d", "-v", "data:html", "img"), "-v data:html: The path inside the container");
        assertProblem(List.of("run", "-d", "--restart", "sometimes", "img"), "--restart sometimes: 'sometimes' is not");
    }

    @Test
    void aBuildFolderThatIsNoPathHereIsRefusedInWords() {
        assertProblem(List.of("build", "\uda5b"), "The build context '\uda5b' is not a path this system can use");
        assertProblem(List.of("build", "-f", "a\u0000b", "/ctx"), "The Dockerfile 'a\u0000b' is not a path");
    }

    private static Intent ok(String... args) {
        Parsed<Intent> parsed = CliIntents.parse(List.of(args));
        assertTrue(parsed.isOk(), () -> parsed.problem());
        return parsed.value();
    }

    private static void assertProblem(List<String> args, String fragment) {
        Parsed<Intent> parsed = CliIntents.parse(args);
        assertFalse(parsed.isOk(), () -> args + " was accepted as " + parsed.value());
        assertTrue(parsed.problem().contains(fragment), () -> args + ": '" + parsed.problem() + "' lacks " + fragment);
    }
}
