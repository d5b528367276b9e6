package io.dockyard.intent;

import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.testing.Gen;
import io.dockyard.testing.Hostile;
import io.dockyard.testing.Props;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Docker argument parsing over generated words: an intent or a refusal in words, never an
 * exception; and every intent's quoted CLI line, split as a shell would, reads back as the same
 * intent.
 */
class CliIntentsProperties {
    private static final Gen<String> COMMANDS = Gen.weighted(List.of(6, 1), List.of(Gen.oneOfValues("run", "create",
            "start", "stop", "rm", "rmi", "tag", "exec", "commit", "build", "pull", "kill", "-d", "--help", "", "RUN",
            "swarm init", "service create", "service scale"),
            Hostile.text()));
    private static final Gen<String> OPTIONS = Gen.oneOfValues("-d", "--detach", "--name", "-p", "--publish", "-e",
            "--env", "-l", "--label", "--rm", "-v", "--volume", "--restart", "-t", "--time", "-f", "--force",
            "--volumes", "-m", "--message", "-c", "--change", "--tag", "--file", "--build-arg", "--force-rm",
            "--privileged", "-", "--", "--name=web", "-dt", "--replicas", "--container-label", "--advertise-addr",
            "--listen-addr");
    private static final Gen<String> VALUES = Gen.weighted(List.of(2, 2, 1, 1), List.of(Hostile.text(),
            InputRulesProperties.PORT_SPECS, InputRulesProperties.VOLUME_SPECS,
            Gen.oneOfValues("web", "busybox:1.36", "/tmp/ctx", "LABEL a=1", "CMD sh", "k=v", "=v", "A", "3", "-1",
                    "99999999999", "soon", "always", "on-failure:3", "unix:///x", "a\u0000b", "/a\u0000b")));
    private static final Gen<List<String>> ARGS = Gen.of(r -> {
        // "service create" is two words, the command and its subcommand
        List<String> args = new ArrayList<>(List.of(COMMANDS.next(r).split(" ", -1)));
        for (int n = r.nextInt(8); n > 0; n--) {
            args.add(r.nextInt(3) == 0 ? VALUES.next(r) : OPTIONS.next(r));
            if (r.nextBoolean()) {
                args.add(VALUES.next(r));
            }
        }
        return List.copyOf(args);
    }).shrinkingAs(Hostile.text().list(1, 20)); // word by word, and within words

    @Test
    void anyWordsAreAnIntentOrARefusalInWords() {
        Props.forAll(3 * Props.TRIES, ARGS, args -> {
            Parsed<Intent> parsed = CliIntents.parse(args);
            if (parsed.isOk()) {
                assertEquals("docker", parsed.value().cliArgs().get(0));
            } else {
                Hostile.assertRefusalInWords(String.join(" ", args), parsed.problem());
            }
        });
    }

    @Test
    void everyIntentsQuotedLineReadsBackAsTheSameIntent() {
        Props.forAll(3 * Props.TRIES, IntentGen.all(), intent -> assertReadsBack(intent));
    }

    /** What "Run with options…" makes of a valid form is what its journal line says. */
    @Test
    void aCheckedRunFormsLineReadsBackAsItsIntent() {
        EngineState empty = EngineState.empty(Connection.connecting("", ""));
        Props.forAll(Gen.of(r -> IntentGen.run(r)), run -> {
            RunForm form = new RunForm(run.image(), run.name(), String.join("\n", run.ports().stream()
                    .map(PortSpec::toCli).toList()), "", String.join("\n", run.volumes().stream().map(VolumeSpec::toCli)
                    .toList()), ShellQuote.join(run.command()), run.restart().toCli(), run.autoRemove(), run.labels());
            RunForm.Check check = form.check(empty, HostPorts.assumeFree());
            if (check.isOk()) {
                assertReadsBack(check.intent());
            } else {
                // only the generator's own repeats of a host port are refused
                assertEquals(java.util.Set.of(RunForm.Field.PORTS), check.problems().keySet(), check.all().toString());
                check.all().forEach(p -> assertTrue(p.contains("listed twice"), p));
            }
        });
    }

    static void assertReadsBack(Intent intent) {
        String line = intent.cliLine();
        Parsed<List<String>> words = ShellWords.split(line);
        assertTrue(words.isOk(), line + ": " + words.problem());
        assertEquals("docker", words.value().get(0), line);
        Parsed<Intent> back = CliIntents.parse(words.value().subList(1, words.value().size()));
        assertTrue(back.isOk(), () -> Props.show(line) + " is refused: " + back.problem());
        assertEquals(intent, back.value(), line);
        assertEquals(line, back.value().cliLine());
    }
}
