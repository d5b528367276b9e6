package io.dockyard.intent;

import io.dockyard.testing.Gen;
import io.dockyard.testing.Hostile;
import io.dockyard.testing.Props;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rule that reads what a person types, over generated hostile input: the answer is a value
 * or a refusal in words, never an exception; what is accepted is what Docker accepts and reads
 * back the same from its own CLI form.
 */
class InputRulesProperties {
    /** Numbers as people mistype them: out of range, signed, huge, padded, in other scripts. */
    static final Gen<String> NUMBERS = Gen.weighted(List.of(3, 2, 1), List.of(
            Gen.oneOfValues("80", "0", "1", "65535", "65536", "-1", "+80", "007", "0000080", "99999999999", "2147483648",
                    "", " 80", "80 ", "8o", "1e3", "0x50", "\u0668\u0660", "\uff18\uff10", "8080-8090", "-", "٣"),
            Gen.ints(-5, 70000).map(String::valueOf),
            Hostile.specialChars()));
    static final Gen<String> IPS = Gen.oneOfValues("", "127.0.0.1", "0.0.0.0", "300.1.1.1", "1.2.3", "a.b.c.d",
            "[::1]", "[::]", "[fe80::1%eth0]", "[zzz]", "[::1", "::1", "[]", "[1:2:3:4:5:6:7:8:9]", "localhost",
            "1.2.3.4.5", "01.02.03.04");
    static final Gen<String> PROTOCOLS = Gen.oneOfValues("", "/tcp", "/udp", "/sctp", "/UDP", "/http", "/", "//udp",
            "/tcp/udp");
    static final Gen<String> PORT_SPECS = Gen.oneOf(Hostile.text(), Gen.of(r -> {
        String ip = IPS.next(r);
        String host = r.nextBoolean() ? NUMBERS.next(r) + ":" : "";
        return (ip.isEmpty() ? "" : ip + ":") + host + NUMBERS.next(r) + PROTOCOLS.next(r);
    }));
    private static final Gen<String> VOLUME_SOURCES = Gen.weighted(List.of(3, 1), List.of(Gen.oneOfValues("", "data",
            "/srv/site", "/", "my vol", "./site", "~/site", "-x", "a", "C", "vol.1", "/tmp/\u00e9", "/a b"),
            Hostile.specialChars()));
    private static final Gen<String> VOLUME_TARGETS = Gen.weighted(List.of(3, 1), List.of(Gen.oneOfValues("/data", "",
            "data", "/", "//", "/a b", "\\site"), Hostile.specialChars()));
    private static final Gen<String> VOLUME_MODES = Gen.weighted(List.of(3, 1), List.of(Gen.oneOfValues("", ":ro",
            ":rw", ":rx", ":RO", ":", ":ro:rw"), Hostile.specialChars().map(m -> ":" + m)));
    static final Gen<String> VOLUME_SPECS = Gen.oneOf(Hostile.text(), Gen.of(r -> {
        String source = VOLUME_SOURCES.next(r);
        String target = VOLUME_TARGETS.next(r);
        return (r.nextInt(4) == 0 ? target : source + ":" + target) + VOLUME_MODES.next(r);
    }));

    @Test
    void containerNames() {
        Props.forAll(Gen.oneOf(Hostile.text(), Hostile.specialChars().map(s -> "w" + s)), raw -> {
            Parsed<String> name = refusalOrValue(raw, InputRules.containerName(raw));
            if (name.isOk() && !name.value().isEmpty()) {
                assertTrue(name.value().matches("[a-zA-Z0-9][a-zA-Z0-9_.-]+"), name.value());
            }
        });
    }

    @Test
    void portsAreReadBackFromWhatTheyWrite() {
        Props.forAll(PORT_SPECS, raw -> {
            Parsed<PortSpec> port = refusalOrValue(raw, PortRules.port(raw));
            if (port.isOk()) {
                PortSpec p = port.value();
                assertTrue(p.containerPort() >= 1 && p.containerPort() <= 65535, p.toString());
                assertTrue(p.hostPort() >= 0 && p.hostPort() <= 65535, p.toString());
                assertEquals(p, PortRules.port(p.toCli()).value(), raw + " was written as " + p.toCli());
                assertTrue(raw.chars().allMatch(c -> c < 128), "Docker reads ports in ASCII, not " + raw);
            }
        });
    }

    @Test
    void environmentLines() {
        Gen<String> lines = Gen.of(r -> Hostile.specialChars().next(r) + "=" + Hostile.text().next(r));
        Props.forAll(Gen.oneOf(Hostile.text(), lines),
                raw -> {
                    Parsed<String> env = refusalOrValue(raw, InputRules.env(raw));
                    if (env.isOk()) {
                        assertEquals(raw, env.value());
                        assertTrue(raw.substring(0, raw.indexOf('=')).matches("[A-Za-z_][A-Za-z0-9_]*"), raw);
                    }
                });
    }

    @Test
    void volumesAreReadBackFromWhatTheyWrite() {
        Props.forAll(5 * Props.TRIES, VOLUME_SPECS, raw -> {
            Parsed<VolumeSpec> volume = refusalOrValue(raw, InputRules.volume(raw));
            if (volume.isOk()) {
                VolumeSpec v = volume.value();
                assertTrue(v.target().startsWith("/") && !v.target().equals("/"), v.toString());
                assertEquals(v, InputRules.volume(v.toCli()).value(), raw + " was written as " + v.toCli());
            }
        });
    }

    @Test
    void restartPoliciesAreReadBackFromWhatTheyWrite() {
        Gen<String> policies = Gen.oneOf(Hostile.text(), Gen.of(r -> Gen.oneOfValues("no", "always", "unless-stopped",
                "on-failure", "On-Failure", "sometimes", "").next(r) + (r.nextBoolean() ? "" : ":" + NUMBERS.next(r))));
        Props.forAll(policies, raw -> {
            Parsed<RestartPolicy> policy = refusalOrValue(raw, InputRules.restart(raw));
            if (policy.isOk()) {
                RestartPolicy p = policy.value();
                assertTrue(RestartPolicy.MODES.contains(p.mode()) && p.maxRetries() >= 0, p.toString());
                assertEquals(p, InputRules.restart(p.toCli()).value(), raw + " was written as " + p.toCli());
            }
        });
    }

    @Test
    void signalsAndCommands() {
        Props.forAll(Hostile.text(), raw -> {
            refusalOrValue(raw, InputRules.signal(raw));
            refusalOrValue(raw, InputRules.command(raw));
        });
    }

    @Test
    void imageReferencesAndNewNames() {
        Gen<String> refs = Gen.oneOf(Hostile.text(), Gen.of(r -> {
            Gen<String> part = Gen.oneOfValues("busybox", "Busybox", "library", "localhost:5000", "registry.example.com",
                    "my_app", "a__b", "a--b", "a..b", "-a", "a-", "", "é", "a b", "x".repeat(300));
            Gen<String> tail = Gen.oneOfValues("", ":1.36", ":latest", ":", ":-bad", ":.x", ":" + "t".repeat(129),
                    "@sha256:" + "0".repeat(64), "@sha256:12", "@", ":1@sha256:" + "a".repeat(64), ":a:b");
            String ref = part.next(r);
            for (int n = r.nextInt(3); n > 0; n--) {
                ref += "/" + part.next(r);
            }
            return ref + tail.next(r);
        }));
        Props.forAll(refs, raw -> {
            Parsed<String> ref = refusalOrValue(raw, ImageRefs.reference(raw));
            Parsed<String> target = refusalOrValue(raw, ImageRefs.tagTarget(raw));
            if (target.isOk()) {
                assertTrue(ref.isOk(), raw + " can be a new name but not an image to run: " + ref.problem());
            }
            if (ref.isOk()) {
                assertEquals(raw.trim(), ref.value());
            }
        });
    }

    /** The whole "Run with options…" form, every field hostile at once: an intent or problems in words per field. */
    @Test
    void anyRunFormIsAnIntentOrProblemsInWords() {
        io.dockyard.model.EngineState state = io.dockyard.model.EngineState.empty(
                io.dockyard.model.Connection.connecting("", ""));
        Gen<String> lines = Gen.oneOf(Hostile.text(), Hostile.text().list(0, 4).map(l -> String.join("\n", l)));
        Props.forAll(Gen.of(r -> new RunForm(Gen.oneOf(Hostile.text(), Gen.oneOfValues("busybox:1.36")).next(r),
                Hostile.text().next(r), Gen.oneOf(lines, PORT_SPECS).next(r), lines.next(r),
                Gen.oneOf(lines, VOLUME_SPECS).next(r), Hostile.text().next(r), Hostile.text().next(r), r.nextBoolean(),
                java.util.Map.of())), form -> {
                    RunForm.Check check = form.check(state, HostPorts.assumeFree());
                    assertEquals(check.isOk(), check.runnable().isPresent());
                    check.all().forEach(p -> Hostile.assertRefusalInWords(form.toString(), p));
                });
    }

    /** The outcome is a value or a refusal in words; returns it for further checks. */
    static <T> Parsed<T> refusalOrValue(String raw, Parsed<T> parsed) {
        if (parsed.isOk()) {
            assertTrue(parsed.value() != null, "accepted " + Props.show(raw) + " as null");
        } else {
            Hostile.assertRefusalInWords(raw, parsed.problem());
        }
        return parsed;
    }
}
