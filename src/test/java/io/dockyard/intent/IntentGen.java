package io.dockyard.intent;

import io.dockyard.testing.Gen;
import io.dockyard.testing.Hostile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Valid intents of every kind {@link CliIntents} reads, with hostile text wherever Docker lets any
 * text through (commands, environment, label values, commit messages), for round trips through
 * the CLI line.
 */
final class IntentGen {
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
    static final Gen<String> NAMES = Gen.of(r -> pick(r, LOWER + "ABCXYZ") + word(r, LOWER + "XY_.-", 1, 20));
    static final Gen<String> IMAGES = Gen.of(IntentGen::image);
    static final Gen<String> CONTAINERS = Gen.oneOf(NAMES, Gen.of(r -> word(r, "0123456789abcdef", 12, 12)));
    static final Gen<List<String>> WORDS = Hostile.text().list(0, 5);
    static final Gen<PortSpec> PORTS = Gen.of(r -> new PortSpec(
            Gen.oneOfValues("", "", "127.0.0.1", "0.0.0.0", "::1", "::", "fe80::1", "2001:db8::8:1").next(r),
            r.nextBoolean() ? 0 : 1 + r.nextInt(65535), 1 + r.nextInt(65535),
            Gen.oneOfValues("tcp", "udp", "sctp").next(r)));
    static final Gen<VolumeSpec> VOLUMES = Gen.of(IntentGen::volume);
    static final Gen<RestartPolicy> RESTARTS = Gen.oneOfValues(RestartPolicy.NO, new RestartPolicy("always", 0),
            new RestartPolicy("unless-stopped", 0), new RestartPolicy("on-failure", 0),
            new RestartPolicy("on-failure", 5));

    private IntentGen() {
    }

    /** Any intent that {@link CliIntents} knows how to read. */
    static Gen<Intent> all() {
        return Gen.oneOf(Gen.of(IntentGen::run), Gen.of(IntentGen::create),
                CONTAINERS.map(StartContainer::new),
                Gen.of(r -> new StopContainer(CONTAINERS.next(r), r.nextBoolean() ? null : r.nextInt() % 1000)),
                Gen.of(r -> new RemoveContainer(CONTAINERS.next(r), r.nextBoolean(), r.nextBoolean())),
                Gen.of(r -> new RemoveImage(IMAGES.next(r), r.nextBoolean())),
                Gen.of(r -> new TagImage(IMAGES.next(r), tagTarget(r))),
                Gen.of(r -> new ExecCommand(CONTAINERS.next(r), Hostile.text().list(1, 5).next(r), r.nextBoolean())),
                Gen.of(IntentGen::commit), Gen.of(IntentGen::build), objects(), swarm());
    }

    /** Volume, network and compose project intents, as typed lines give them. */
    static Gen<Intent> objects() {
        Gen<String> volumes = Gen.of(r -> pick(r, LOWER) + word(r, LOWER + "_.-", 1, 12));
        return Gen.oneOf(
                Gen.of(r -> new CreateVolume(r.nextBoolean() ? "" : volumes.next(r),
                        Gen.oneOfValues("", "local").next(r), labels(r))),
                Gen.of(r -> new RemoveVolume(volumes.next(r), r.nextBoolean())),
                Gen.of(r -> new PruneVolumes(r.nextBoolean(), labels(r))),
                Gen.of(r -> new CreateNetwork(NAMES.map(n -> io.dockyard.model.NetworkRecord.DEFAULT_NAMES.contains(n)
                        ? n + "2" : n).next(r), Gen.oneOfValues("", "bridge").next(r), r.nextBoolean(),
                        labels(r))),
                NAMES.map(RemoveNetwork::new),
                Gen.of(r -> new ConnectNetwork(NAMES.next(r), CONTAINERS.next(r), NAMES.list(0, 2).next(r))),
                Gen.of(r -> new DisconnectNetwork(NAMES.next(r), CONTAINERS.next(r))),
                NAMES.map(p -> new StopProject(p, ComposeCli.PLUGIN, List.of())),
                NAMES.map(p -> new StartProject(p, ComposeCli.PLUGIN, List.of())),
                NAMES.map(p -> new RestartProject(p, ComposeCli.PLUGIN, List.of())),
                Gen.of(r -> new RemoveProject(NAMES.next(r), ComposeCli.PLUGIN, List.of(), List.of(), List.of(),
                        r.nextBoolean())));
    }

    /** Swarm, service and node intents. */
    static Gen<Intent> swarm() {
        Gen<String> services = Gen.of(r -> pick(r, LOWER + "XY") + (r.nextBoolean() ? ""
                : word(r, LOWER + "-_", 0, 20) + pick(r, LOWER)));
        Gen<String> addresses = Gen.oneOfValues("", "127.0.0.1", "127.0.0.1:2477", "eth0", "eth0:4000", "[::1]:2377",
                "fe80::1", "10.0.0.12");
        return Gen.oneOf(
                Gen.of(r -> new InitSwarm(addresses.next(r), addresses.next(r))),
                Gen.of(r -> new CreateService(r.nextBoolean() ? "" : services.next(r), IMAGES.next(r), labels(r),
                        labels(r), r.nextBoolean() ? null : r.nextInt(SwarmRules.MAX_REPLICAS + 1), WORDS.next(r))),
                Gen.of(r -> new ScaleService(services.next(r), r.nextInt(SwarmRules.MAX_REPLICAS + 1))),
                Gen.of(r -> new UpdateServiceImage(services.next(r), IMAGES.next(r))),
                services.map(RemoveService::new),
                Gen.of(r -> new UpdateNodeAvailability(CONTAINERS.next(r), Gen.oneOfValues(
                        io.dockyard.model.SwarmNode.Availability.values()).next(r))));
    }

    static RunContainer run(Random r) {
        RestartPolicy restart = RESTARTS.next(r);
        boolean autoRemove = restart.isNo() && r.nextBoolean(); // docker refuses --rm with a restart policy
        return new RunContainer(IMAGES.next(r), r.nextBoolean() ? "" : NAMES.next(r), PORTS.list(0, 3).next(r),
                Hostile.text().list(0, 3).next(r), VOLUMES.list(0, 3).next(r), WORDS.next(r), restart, autoRemove,
                labels(r));
    }

    static CreateContainer create(Random r) {
        return new CreateContainer(IMAGES.next(r), r.nextBoolean() ? "" : NAMES.next(r), labels(r), WORDS.next(r));
    }

    static CommitContainer commit(Random r) {
        List<String> changes = Gen.of(g -> "LABEL " + labelKey(g) + "=" + word(g, LOWER + " =\"'", 0, 8)).list(0, 3)
                .next(r);
        return new CommitContainer(CONTAINERS.next(r), r.nextBoolean() ? "" : tagTarget(r),
                r.nextBoolean() ? "" : Hostile.text().next(r), changes);
    }

    static BuildImage build(Random r) {
        Path context = path(r);
        Path dockerfile = r.nextBoolean() ? null : context.resolve(Gen.oneOfValues("Dockerfile.dev", "sub/Dockerfile",
                "../other/Dockerfile").next(r));
        Map<String, String> args = new LinkedHashMap<>();
        for (int n = r.nextInt(3); n > 0; n--) {
            args.put(labelKey(r), Hostile.text().next(r));
        }
        return new BuildImage(context, dockerfile, r.nextBoolean() ? "" : tagTarget(r), labels(r), args,
                r.nextBoolean());
    }

    private static Map<String, String> labels(Random r) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int n = r.nextInt(3); n > 0; n--) {
            labels.put(labelKey(r), Hostile.text().next(r));
        }
        return labels;
    }

    /** Label and build-arg keys: anything without '=' (the CLI splits at the first one). */
    private static String labelKey(Random r) {
        return pick(r, LOWER) + Hostile.specialChars().next(r).replace("=", "").replaceAll("\\s", "");
    }

    private static String image(Random r) {
        String repo = Gen.oneOfValues("", "", "localhost:5000/", "registry.example.com/team/").next(r)
                + word(r, LOWER, 1, 8) + (r.nextBoolean() ? "" : Gen.oneOfValues("_", ".", "-", "__").next(r)
                + word(r, LOWER, 1, 5));
        return repo + Gen.oneOfValues("", ":1.36", ":latest", ":v1.2-rc_3", "@sha256:" + "ab".repeat(32)).next(r);
    }

    private static String tagTarget(Random r) {
        return word(r, LOWER, 1, 8) + (r.nextBoolean() ? "" : ":" + word(r, LOWER + "_.-", 1, 10));
    }

    private static VolumeSpec volume(Random r) {
        String target = "/" + word(r, LOWER + "_. /-\u00e9", 1, 12).strip();
        String t = target.equals("/") ? "/data" : target;
        switch (r.nextInt(3)) {
            case 0: return new VolumeSpec("", t, false);
            case 1: return new VolumeSpec(NAMES.next(r), t, r.nextBoolean());
            default: return new VolumeSpec("/" + word(r, LOWER + "/_ .", 0, 12).strip(), t, r.nextBoolean());
        }
    }

    private static Path path(Random r) {
        return Path.of(Gen.oneOfValues("/tmp/ctx", "/home/me/my app", "site", "./site", "/srv/\u00e9t\u00e9", ".", "a/b/")
                .next(r));
    }

    private static String pick(Random r, String chars) {
        return String.valueOf(chars.charAt(r.nextInt(chars.length())));
    }

    private static String word(Random r, String chars, int min, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = min + r.nextInt(max - min + 1); n > 0; n--) {
            b.append(pick(r, chars));
        }
        return b.toString();
    }
}
