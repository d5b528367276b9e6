package io.dockyard.engine;

import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands;
import io.dockyard.engine.api.EngineCommands.BuildProgress;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.BuildImage;
import io.dockyard.intent.PruneImages;
import io.dockyard.intent.PullImage;
import io.dockyard.intent.RemoveImage;
import io.dockyard.intent.RunContainer;
import io.dockyard.intent.TagImage;
import io.dockyard.model.Layer;
import io.dockyard.testing.TestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Blueprint actions against the real engine: tag, remove, history, build, prune, pull. */
@Timeout(180)
class ImageCommandsIT {
    private static CommandsFixture f;

    @BeforeAll
    static void open() {
        f = new CommandsFixture();
    }

    @AfterAll
    static void close() {
        if (f != null) {
            f.close();
        }
    }

    private String repo(String what) {
        return "dockyard-test/" + what + "-" + f.engine.runId();
    }

    @Test
    void tagThenRemoveTagThenRefuseRemovingAnImageInUse() {
        String tag = repo("img") + ":1";
        String id = f.engine.build(tag, "RUN echo one > /one");
        f.perform(new TagImage(tag, repo("img") + ":two"));
        assertEquals(id, f.inspect("{{.Id}}", repo("img") + ":two"));

        f.perform(new RemoveImage(repo("img") + ":two", false));
        assertEquals(1, f.engine.tryDocker("image", "inspect", repo("img") + ":two").exitCode());
        assertEquals(id, f.inspect("{{.Id}}", tag), "removing one of two tags only untags");

        String holder = f.perform(RunContainer.of(tag).withCommand(List.of("sleep", "300")).withLabels(f.labels())).newId();
        CommandFailed refused = f.failure(f.commands.perform(new RemoveImage(id, false)));
        assertTrue(refused.refusedByEngine());
        assertTrue(refused.getMessage().contains("container " + holder.substring(0, 12)), refused.getMessage());
        assertEquals(id, f.inspect("{{.Id}}", tag), "the image is still there");
    }

    @Test
    void historyListsLayersOldestFirst() {
        String tag = repo("hist") + ":1";
        f.engine.build(tag, "RUN echo a > /a", "ENV X=1");
        List<Layer> layers = CommandsFixture.await(f.commands.ask(new io.dockyard.intent.ImageHistory(tag)));
        String cli = f.engine.docker("history", "--no-trunc", "--format", "{{.CreatedBy}}", tag);
        List<String> cliOldestFirst = new java.util.ArrayList<>(cli.lines().toList());
        java.util.Collections.reverse(cliOldestFirst);
        assertEquals(cliOldestFirst, layers.stream().map(l -> l.createdBy().trim()).toList());
        assertTrue(layers.get(0).createdBy().contains("COPY"), "oldest is the base's COPY: " + layers);
    }

    @Test
    void buildStreamsStepsAndMakesTheTaggedImage() throws Exception {
        Path dir = Files.createTempDirectory("dockyard-build-it");
        Files.writeString(dir.resolve("Dockerfile"), "FROM " + TestEngine.BASE_IMAGE
                + "\nRUN echo built > /built\nCMD [\"cat\", \"/built\"]\n"); // with the label, 4 steps
        List<BuildProgress> progress = new CopyOnWriteArrayList<>();
        String tag = repo("built") + ":1";
        Outcome built = CommandsFixture.await(f.commands.build(new BuildImage(dir, null, tag, f.labels()), progress::add));
        assertEquals(built.newId(), f.inspect("{{.Id}}", tag));
        assertTrue(progress.stream().anyMatch(p -> p.step() == 4 && p.totalSteps() == 4), progress.toString());
        assertTrue(progress.stream().anyMatch(p -> p.line().startsWith("Step 2/4 : RUN echo built")), progress.toString());
        assertEquals("built", f.engine.docker("run", "--rm", "--label", f.engine.label(), tag));
    }

    @Test
    void aFailingBuildSaysWhichStepFailedAndLeavesNoContainerBehind() throws Exception {
        Path dir = Files.createTempDirectory("dockyard-build-it");
        Files.writeString(dir.resolve("Dockerfile"), "FROM " + TestEngine.BASE_IMAGE + "\nRUN exit 7\n");
        Set<String> before = containersOf(TestEngine.BASE_IMAGE);
        CommandFailed failed = f.failure(f.commands.build(new BuildImage(dir, null, repo("broken") + ":1", f.labels()),
                p -> { }));
        assertTrue(failed.getMessage().contains("returned a non-zero code: 7"), failed.getMessage());
        Set<String> left = containersOf(TestEngine.BASE_IMAGE);
        left.removeAll(before);
        assertEquals(Set.of(), left, "the failed step's container is removed");
    }

    private Set<String> containersOf(String image) {
        String ids = f.engine.docker("ps", "-aq", "--no-trunc", "--filter", "ancestor=" + image);
        return ids.isBlank() ? new HashSet<>() : new HashSet<>(List.of(ids.split("\\s+")));
    }

    @Test
    void cancellingABuildStopsItsRunningStep() throws Exception {
        Path dir = Files.createTempDirectory("dockyard-build-it");
        Files.writeString(dir.resolve("Dockerfile"), "FROM " + TestEngine.BASE_IMAGE + "\nRUN sleep 40\n");
        List<BuildProgress> progress = new CopyOnWriteArrayList<>();
        var build = f.commands.build(new BuildImage(dir, null, repo("slow") + ":1", f.labels()), progress::add);
        io.dockyard.testing.Await.until(java.time.Duration.ofSeconds(60),
                () -> progress.stream().anyMatch(p -> p.line().contains("Running in")), progress::toString);
        String step = progress.stream().filter(p -> p.line().contains("Running in")).findFirst().orElseThrow().line();
        String container = step.substring(step.indexOf("Running in") + 11).trim();
        assertTrue(f.engine.docker("ps", "-a", "-q", "--no-trunc").contains(container), "the RUN step has its container");
        build.cancel(true);
        assertTrue(build.isCancelled());
        // the engine stops a build whose client went away: the step's container goes long before its 40 s sleep ends
        io.dockyard.testing.Await.until(java.time.Duration.ofSeconds(20),
                () -> !f.engine.docker("ps", "-a", "-q", "--no-trunc").contains(container), () -> container + " still there");
        assertEquals(1, f.engine.tryDocker("image", "inspect", repo("slow") + ":1").exitCode());
    }

    @Test
    void danglingImagesAreListedThenPrunedOnlyWithTheirLabel() {
        String tag = repo("dangle") + ":1";
        String first = f.engine.build(tag, "RUN echo first > /v");
        f.engine.build(tag, "RUN echo second > /v");
        List<EngineCommands.DanglingImage> dangling = CommandsFixture.await(f.commands.danglingImages(f.labels()));
        assertEquals(List.of(first), dangling.stream().map(EngineCommands.DanglingImage::id).toList());
        assertTrue(dangling.get(0).size() > 0);
        String others = f.engine.docker("images", "-q", "--no-trunc", "--filter", "dangling=true");
        Outcome pruned = f.perform(new PruneImages(f.labels()));
        assertTrue(pruned.summary().startsWith("reclaimed"), pruned.summary());
        assertEquals(1, f.engine.tryDocker("image", "inspect", first).exitCode(), "our dangling image is gone");
        for (String other : others.lines().filter(l -> !l.equals(first)).toList()) {
            assertEquals(0, f.engine.tryDocker("image", "inspect", other).exitCode(), "someone else's " + other + " was pruned");
        }
    }

    @Test
    void aPullWithoutRegistrySaysSoClearly() {
        List<EngineCommands.PullProgress> progress = new CopyOnWriteArrayList<>();
        CommandFailed failed = f.failure(f.commands.pull(new PullImage("busybox:1.36"), progress::add));
        // only meaningful where no registry answers, which is how this machine is set up
        assertTrue(failed.getMessage().startsWith("No registry could be reached to pull busybox:1.36"), failed.getMessage());
        assertTrue(failed.getMessage().contains("The engine said:"), failed.getMessage());
        assertFalse(failed.getMessage().contains("Status 500"), failed.getMessage());
    }
}
