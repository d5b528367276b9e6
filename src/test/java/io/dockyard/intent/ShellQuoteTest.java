package io.dockyard.intent;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ShellQuoteTest {

    @Test
    void plainWordsStayBare() {
        assertEquals("docker run -d --name web -p 8080:80 -e A=b nginx:1.27",
                ShellQuote.join(List.of("docker", "run", "-d", "--name", "web", "-p", "8080:80", "-e", "A=b", "nginx:1.27")));
    }

    @Test
    void specialWordsAreSingleQuoted() {
        assertEquals("''", ShellQuote.quote(""));
        assertEquals("'a b'", ShellQuote.quote("a b"));
        assertEquals("'it'\\''s'", ShellQuote.quote("it's"));
        assertEquals("'$HOME'", ShellQuote.quote("$HOME"));
        assertEquals("'~/x'", ShellQuote.quote("~/x"));
        assertEquals("'#x'", ShellQuote.quote("#x"));
        assertEquals("'a*'", ShellQuote.quote("a*"));
    }

    /** The real shell splits the quoted line back into the very same words. */
    @Test
    void shellSplitsQuotedLineIntoTheSameWords() throws Exception {
        List<String> words = List.of("plain", "", "two words", "it's", "\"dq\"", "$HOME", "`id`", "a\\b", "*", "~",
                "tab\there", "new\nline", "semi;colon", "pipe|x", "&", "{a,b}", "!bang", "ünïcode", "'", "''");
        String line = "printf '%s\\0' " + ShellQuote.join(words);
        Process p = new ProcessBuilder("sh", "-c", line).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor());
        List<String> back = Arrays.asList(out.split("\0", -1)).subList(0, words.size());
        assertEquals(words, back);
    }

    @Test
    void shellWordsReadsWhatShellQuoteWrites() {
        List<String> words = List.of("sh", "-c", "echo 'hi there' && echo \"$X\"", "", "a\\b");
        assertEquals(words, ShellWords.split(ShellQuote.join(words)).value());
    }

    @Test
    void shellWordsSplitsLikeAShell() {
        assertEquals(List.of("sleep", "300"), ShellWords.split("  sleep   300 ").value());
        assertEquals(List.of("sh", "-c", "echo hi; sleep 1"), ShellWords.split("sh -c 'echo hi; sleep 1'").value());
        assertEquals(List.of("echo", "a \"b\" $c"), ShellWords.split("echo \"a \\\"b\\\" \\$c\"").value());
        assertEquals(List.of("a b", "c"), ShellWords.split("a\\ b c").value());
        assertEquals(List.of("ab"), ShellWords.split("a''b").value());
        assertEquals(List.of(), ShellWords.split("").value());
    }
}
