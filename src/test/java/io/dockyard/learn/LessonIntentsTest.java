package io.dockyard.learn;

import io.dockyard.actions.BuildImage;
import io.dockyard.actions.Intent;
import io.dockyard.actions.RunContainer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonIntentsTest {
    private final List<Lesson> lessons = Lessons.all(new Sandbox("t-", "t/busybox:1", Path.of("/ctx/busybox"),
            Path.of("/ctx/tidy"), Map.of("dockyard.test", "x")));

    @Test
    void everyMappedCommandIsTheSameLineAsTheLesson() {
        Set<String> viaCli = new TreeSet<>();
        int mapped = 0;
        for (Lesson l : lessons) {
            for (Step s : l.steps()) {
                for (Command c : s.showMe()) {
                    Optional<Intent> intent = LessonIntents.of(c.args());
                    if (intent.isPresent()) {
                        mapped++;
                        assertEquals(c.cliLine(), intent.get().cliLine());
                    } else {
                        viaCli.add(c.args().get(0) + " " + c.args().get(1));
                    }
                }
            }
        }
        // what the actions have no intent for yet: docker create, exec -d, commit -c, build --build-arg
        assertEquals(Set.of("build -t", "commit -c", "create --name", "exec -d"), viaCli);
        assertEquals(19, mapped, "the other 19 lesson commands go through the app's actions");
    }

    @Test
    void runAndBuildBecomeTheirIntents() {
        Intent run = LessonIntents.of(List.of("run", "-d", "--name", "w", "-p", "80", "--label", "a=b", "img")).orElseThrow();
        assertTrue(run instanceof RunContainer r && r.name().equals("w") && r.labels().equals(Map.of("a", "b")));
        Intent build = LessonIntents.of(List.of("build", "-t", "x:1", "--label", "k=v", "/ctx")).orElseThrow();
        assertTrue(build instanceof BuildImage b && b.context().equals(Path.of("/ctx")) && b.tag().equals("x:1"));
        assertTrue(LessonIntents.of(List.of("run", "-p", "80", "img")).isEmpty(), "run without -d is not the intent");
        assertTrue(LessonIntents.of(List.of("rm", "x")).isEmpty(), "rm without -f is not the intent");
        assertEquals("docker rm -f 3c5e", LessonIntents.of(List.of("rm", "-f", "3c5e")).orElseThrow().cliLine());
    }
}
