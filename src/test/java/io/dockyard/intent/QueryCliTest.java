package io.dockyard.intent;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each query's docker command line, as its window shows it and as a shell would read it back. */
class QueryCliTest {

    @Test
    void oneAnswerQueries() {
        assertEquals("docker diff web", new ContainerChanges("web").cliLine());
        assertEquals("docker top web", new ContainerProcesses("web").cliLine());
        assertEquals("docker history nginx:1.27", new ImageHistory("nginx:1.27").cliLine());
        assertEquals("docker history sha256:3c5e91a0b7d2", new ImageHistory("sha256:3c5e91a0b7d2").cliLine());
        assertEquals("docker history registry.local:5000/team/app:2",
                new ImageHistory("registry.local:5000/team/app:2").cliLine());
    }

    @Test
    void logsWithEachOption() {
        assertEquals("docker logs web", ContainerLogs.all("web").cliLine());
        assertEquals("docker logs --tail 20 web", new ContainerLogs("web", 20, false, false).cliLine());
        assertEquals("docker logs --tail 0 web", new ContainerLogs("web", 0, false, false).cliLine(),
                "a tail of 0 starts with no old lines, which is not the same as all of them");
        assertEquals("docker logs --follow web", new ContainerLogs("web", ContainerLogs.ALL, true, false).cliLine());
        assertEquals("docker logs --follow --timestamps --tail 5 web", new ContainerLogs("web", 5, true, true).cliLine());
    }

    @Test
    void statsStreams() {
        assertEquals("docker stats web", new ContainerStats("web").cliLine());
    }

    @Test
    void aNegativeTailOtherThanAllIsRefusedInWords() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ContainerLogs("web", -2, false, false));
        assertTrue(e.getMessage().contains("number of lines"), e.getMessage());
    }

    /** Names a person would not type bare: the line quotes them, and a shell splits them back unchanged. */
    @Test
    void oddNamesAreQuotedSoTheShellReadsThemBack() {
        String spaced = "my web";
        String quote = "it's";
        String dollar = "$HOME";
        assertEquals("docker diff 'my web'", new ContainerChanges(spaced).cliLine());
        assertEquals("docker top 'it'\\''s'", new ContainerProcesses(quote).cliLine());
        assertEquals("docker logs --tail 3 '$HOME'", new ContainerLogs(dollar, 3, false, false).cliLine());
        assertEquals("docker stats ''", new ContainerStats("").cliLine(), "an empty word stays a word");
        for (var line : List.of(new ContainerChanges(spaced).cliLine(), new ContainerProcesses(quote).cliLine(),
                new ImageHistory("a b:1").cliLine(), new ContainerStats(dollar).cliLine(),
                new ContainerLogs("x;rm -rf /", ContainerLogs.ALL, true, true).cliLine())) {
            Parsed<List<String>> words = ShellWords.split(line);
            assertTrue(words.isOk(), line + ": " + words.problem());
            String last = words.value().get(words.value().size() - 1);
            assertTrue(List.of(spaced, quote, "a b:1", dollar, "x;rm -rf /").contains(last),
                    line + " split back into " + words.value());
        }
    }

    @Test
    void theWordsStartWithDockerAndEndWithTheObject() {
        List<List<String>> all = List.of(new ContainerChanges("c").cliArgs(), new ContainerProcesses("c").cliArgs(),
                new ImageHistory("c").cliArgs(), new ContainerStats("c").cliArgs(),
                new ContainerLogs("c", 1, true, true).cliArgs());
        for (List<String> words : all) {
            assertEquals("docker", words.get(0), words.toString());
            assertEquals("c", words.get(words.size() - 1), words.toString());
        }
    }
}
