package io.dockyard.engine.discovery;

import io.dockyard.testing.Gen;
import io.dockyard.testing.Hostile;
import io.dockyard.testing.Props;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Engine addresses, JSON, config.json and context meta.json over generated hostile input: each
 * gives a value or a refusal in words, never another exception; discovery never reaches its
 * "please report this" catch-all.
 */
class DiscoveryProperties {
    private static final Gen<String> HOSTS = Gen.weighted(List.of(3, 2), List.of(Gen.of(r -> {
        String scheme = Gen.oneOfValues("unix://", "tcp://", "npipe://", "TCP://", "http://", "ssh://", "", "unix:/",
                "tcp:", "://").next(r);
        String rest = Gen.oneOfValues("/var/run/docker.sock", "docker.sock", "", "/", "h:2375", "h", "[::1]:2375",
                "[::1", "[::1]x:1", "::1:2375", "h:0", "h:65536", "h:99999999999", "h:-1", "h:2375/", "h:2375/api",
                "me@h:22", "bad host:1", "[fe80::1%eth0]:2376", "////./pipe/docker_engine", "/a\u0000b", "h:\u0663")
                .next(r);
        return scheme + rest + (r.nextInt(5) == 0 ? Hostile.specialChars().next(r) : "");
    }), Hostile.text()));

    private static Path home;

    @BeforeAll
    static void makeHome() throws IOException {
        home = Files.createTempDirectory("dockyard-discovery-props");
    }

    @AfterAll
    static void removeHome() throws IOException {
        try (Stream<Path> all = Files.walk(home)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void anyAddressIsAnAddressOrAReasonInWords() {
        Props.forAll(HOSTS, raw -> {
            try {
                HostAddress address = HostAddress.parse(raw);
                assertEquals(address, HostAddress.parse(address.uri()), "read back from " + address.uri());
            } catch (HostAddress.Invalid e) {
                Hostile.assertRefusalInWords(raw, e.getMessage());
            }
        });
    }

    @Test
    void anyTextIsJsonOrAnErrorNamingWhere() {
        Gen<String> texts = JsonGen.damaged(Gen.of(r -> JsonGen.write(JsonGen.values(4).next(r), r)))
                .shrinkingAs(Hostile.specialChars());
        Props.forAll(3 * Props.TRIES, texts, text -> {
            try {
                JsonReader.parse(text);
            } catch (JsonReader.JsonException e) {
                assertTrue(e.getMessage().matches("(?s)line [0-9]+, column [0-9]+: .+"), e.getMessage());
            }
        });
    }

    @Test
    void writtenJsonReadsBackAsTheSameValue() {
        Props.forAll(Gen.of(r -> {
            Object value = JsonGen.values(4).next(r);
            return java.util.Arrays.asList(value, JsonGen.write(value, r));
        }), v -> assertEquals(v.get(0), JsonReader.parse((String) v.get(1)), (String) v.get(1)));
    }

    /**
     * Whatever the environment and --host say, discovery answers in words. Neither can hold a NUL
     * or half a surrogate pair: Java decodes both from bytes into well-formed text.
     */
    @Test
    void anyEnvironmentAndHostFlagGiveAnEngineOrAProblemInWords() {
        Gen<String> values = Gen.weighted(List.of(2, 1, 1), List.of(HOSTS, Hostile.textWithoutNul(),
                Gen.oneOfValues("", " ", "0", "1", "false", "default", "/nonexistent", "relative/dir", "~/.docker")));
        String unset = "\u0000unset"; // not a value anyone can set: it holds a NUL
        Gen<String> maybe = Gen.weighted(List.of(1, 1), List.of(Gen.oneOfValues(unset), values));
        Props.forAll(Gen.of(r -> {
            Map<String, String> env = new java.util.HashMap<>();
            for (String name : List.of("DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH", "DOCKER_CONTEXT",
                    "XDG_RUNTIME_DIR")) {
                String value = maybe.next(r);
                if (value.indexOf('\u0000') < 0 && Hostile.wellFormed(value)) {
                    env.put(name, value);
                }
            }
            env.put("DOCKER_CONFIG", home.resolve("no-config").toString());
            String flag = maybe.next(r);
            return java.util.Arrays.asList(env, flag.indexOf('\u0000') >= 0 || !Hostile.wellFormed(flag) ? null : flag);
        }), given -> {
            @SuppressWarnings("unchecked")
            Map<String, String> env = (Map<String, String>) given.get(0);
            Discovery d = new EndpointDiscovery(env, home, "Linux", socket -> java.util.Optional.of("no such file"))
                    .discover((String) given.get(1));
            assertFalse(d.problem().contains("Please report this"), Props.show(d.explain()));
            assertEquals(d.isFound(), d.problem().isBlank(), Props.show(d.explain()));
        });
    }

    /** Whatever config.json and the context's meta.json hold, discovery answers in words. */
    @Test
    void anyConfigAndContextFilesGiveAnEngineOrAProblemInWords() {
        Gen<String> contextNames = Gen.weighted(List.of(3, 1), List.of(Gen.oneOfValues("prod", "default", "",
                "my context", "a/b", "../x", "\u00e9t\u00e9", "\ud83d\udc33"), Hostile.text()));
        Props.forAll(Props.TRIES / 2, Gen.of(r -> new Files2(contextNames.next(r), r)), files -> {
            Path dir = files.writeUnder(home);
            Discovery d = new EndpointDiscovery(Map.of("DOCKER_CONFIG", dir.toString()), home, "Linux",
                    socket -> java.util.Optional.of("no such file")).discover(null);
            assertFalse(d.problem().contains("Please report this"), Props.show(d.explain()));
            assertEquals(d.isFound(), d.problem().isBlank(), Props.show(d.explain()));
        });
    }

    /** A config.json naming a context, and that context's meta.json, each possibly damaged. */
    private record Files2(String name, String config, String meta) {
        Files2(String name, java.util.Random r) {
            this(name, config(name, r), meta(name, r));
        }

        private static String config(String name, java.util.Random r) {
            Object current = Gen.weighted(List.of(4, 1), List.of(Gen.oneOfValues((Object) name),
                    JsonGen.values(2))).next(r);
            String text = JsonGen.write(Map.of("currentContext", current == null ? "" : current,
                    "auths", Map.of()), r);
            return r.nextInt(4) == 0 ? JsonGen.damaged(Gen.oneOfValues(text)).next(r) : text;
        }

        private static String meta(String name, java.util.Random r) {
            Object host = Gen.weighted(List.of(4, 1), List.of(HOSTS.map(h -> (Object) h), JsonGen.values(2))).next(r);
            Object skip = Gen.oneOf(Gen.oneOfValues((Object) true, false, "true", java.math.BigDecimal.ONE),
                    JsonGen.values(1)).next(r);
            Map<String, Object> docker = new java.util.LinkedHashMap<>();
            docker.put("Host", host);
            docker.put("SkipTLSVerify", skip);
            Object endpoints = r.nextInt(6) == 0 ? JsonGen.values(2).next(r) : Map.of("docker", docker);
            Map<String, Object> meta = new java.util.LinkedHashMap<>();
            meta.put("Name", name);
            meta.put("Endpoints", endpoints);
            String text = JsonGen.write(meta, r);
            return r.nextInt(4) == 0 ? JsonGen.damaged(Gen.oneOfValues(text)).next(r) : text;
        }

        @Override
        public String toString() {
            return "context " + Props.show(name) + ", config.json " + Props.show(config) + ", meta.json "
                    + Props.show(meta);
        }

        Path writeUnder(Path home) throws IOException {
            Path dir = Files.createTempDirectory(home, "config");
            // getBytes writes a lone surrogate as '?'; some files also end in bytes that are no UTF-8
            Files.write(dir.resolve("config.json"), bytes(config));
            Path meta = dir.resolve("contexts/meta/" + DockerContexts.sha256(name) + "/meta.json");
            Files.createDirectories(meta.getParent());
            Files.write(meta, bytes(meta()));
            return dir;
        }

        private static byte[] bytes(String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            if (text.length() % 7 != 0) {
                return utf8;
            }
            byte[] broken = java.util.Arrays.copyOf(utf8, utf8.length + 2);
            broken[utf8.length] = (byte) 0xff;
            broken[utf8.length + 1] = (byte) 0xc3;
            return broken;
        }
    }
}
