package io.dockyard.intent;

import io.dockyard.testing.Gen;
import io.dockyard.testing.Hostile;
import io.dockyard.testing.Props;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shell words and quoting over hostile text: a value or a refusal in words, and quoting that splits back exactly. */
class ShellWordsProperties {
    private static final Gen<String> LINES = Gen.oneOf(Hostile.text(),
            Hostile.text().list(0, 6).map(words -> String.join(" ", words)));

    @Test
    void anyLineIsWordsOrARefusalInWords() {
        Props.forAll(LINES, line -> {
            Parsed<List<String>> words = ShellWords.split(line);
            if (words.isOk()) {
                words.value().forEach(Objects::requireNonNull);
            } else {
                Hostile.assertRefusalInWords(line, words.problem());
            }
        });
    }

    @Test
    void quotedWordsSplitBackIntoTheSameWords() {
        Props.forAll(Hostile.text().list(0, 8), words -> {
            String line = ShellQuote.join(words);
            assertEquals(words, ShellWords.split(line).value(), line);
        });
    }

    /** The judge is the real shell: what ShellQuote writes, {@code sh} splits into the same words. */
    @Test
    void theRealShellSplitsQuotedWordsTheSameWay() {
        // words a process can be given: no NUL, and text that UTF-8 carries unchanged
        Gen<List<String>> words = Hostile.textWithoutNul().filter(Hostile::wellFormed).filter(w -> w.length() < 2000)
                .list(1, 5);
        Props.forAll(40, words, ws -> {
            Process p = new ProcessBuilder("sh", "-c", "printf '%s\\0' " + ShellQuote.join(ws)).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            assertEquals(ws, Arrays.asList(out.split("\0", -1)).subList(0, ws.size()));
        });
    }
}
