package io.dockyard.yard;

import io.dockyard.testing.ModelFixtures;
import io.dockyard.model.Connection;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineReducer;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Layer;
import io.dockyard.model.MountPoint;
import io.dockyard.model.PortBinding;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-made engine states for yard tests, the demo and the benchmark, built through the real reducer. */
public final class YardFixtures {
    public static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private YardFixtures() {
    }

    public static String hex(String seed) {
        StringBuilder sb = new StringBuilder();
        int h = seed.hashCode();
        while (sb.length() < 64) {
            h = h * 31 + 17;
            sb.append(String.format("%08x", h));
        }
        return sb.substring(0, 64);
    }

    public static ImageBlueprint image(String seed, List<String> tags, long... layerSizes) {
        List<Layer> layers = new ArrayList<>();
        String[] steps = {"ADD rootfs.tar.xz / # buildkit", "RUN apt-get update && apt-get install -y nginx",
                "COPY docker-entrypoint.sh /", "RUN mkdir -p /var/cache/nginx", "COPY conf.d /etc/nginx/conf.d",
                "RUN ln -sf /dev/stdout /var/log/nginx/access.log", "COPY html /usr/share/nginx/html"};
        long total = 0;
        for (int i = 0; i < layerSizes.length; i++) {
            layers.add(new Layer(i == layerSizes.length - 1 ? "sha256:" + hex(seed) : "<missing>",
                    steps[i % steps.length], layerSizes[i], NOW.minus(Duration.ofDays(20 - i))));
            total += layerSizes[i];
        }
        layers.add(new Layer("<missing>", "CMD [\"nginx\", \"-g\", \"daemon off;\"]", 0, NOW.minus(Duration.ofDays(3))));
        List<String> digests = tags.isEmpty() ? List.of() : List.of(tags.get(0).split(":")[0] + "@sha256:" + hex(seed + "d"));
        return new ImageBlueprint("sha256:" + hex(seed), tags, digests, total, NOW.minus(Duration.ofDays(21)),
                Map.of("maintainer", "dockyard"), layers);
    }

    public static ContainerInstance container(String name, ImageBlueprint image, ContainerState state, int minutesAgo) {
        Instant created = NOW.minus(Duration.ofMinutes(minutesAgo + 5L));
        Instant started = state == ContainerState.CREATED ? null : NOW.minus(Duration.ofMinutes(minutesAgo));
        Instant finished = state == ContainerState.EXITED || state == ContainerState.DEAD
                || state == ContainerState.RESTARTING ? NOW.minus(Duration.ofMinutes(minutesAgo / 2)) : null;
        int exit = state == ContainerState.EXITED ? (name.length() % 2 == 0 ? 137 : 0) : 0;
        long pid = state.hasProcess() ? 4000 + name.length() * 37L : 0;
        List<PortBinding> ports = name.startsWith("web")
                ? List.of(new PortBinding("0.0.0.0", 8080 + name.length(), 80, "tcp")) : List.of();
        ContainerInstance c = new ContainerInstance(hex("c-" + name), name, image.id(), image.displayName(),
                "nginx -g 'daemon off;'", state, "", exit, created, started, finished, pid, ports,
                List.of(new MountPoint("volume", "data-" + name, "/var/lib/docker/volumes/data", "/data", true)),
                ModelFixtures.attached("bridge"), Map.of("app", name), List.of("PATH=/usr/bin:/bin", "DB_PASSWORD=hunter2", "MODE=demo"),
                "", 1200L * name.length());
        return c.withStatus(io.dockyard.model.StatusText.describe(c, NOW));
    }

    public static EngineState state(List<ImageBlueprint> images, List<ContainerInstance> containers) {
        return EngineReducer.reduce(EngineState.empty(Connection.connecting("unix:///var/run/docker.sock", "test")),
                new EngineEvent.Resync(NOW, images, containers));
    }

    /** A yard like the mockup: 3 tagged images (one with two tags), one dangling, 9 containers in mixed states. */
    public static EngineState demo() {
        ImageBlueprint nginx = image("nginx", List.of("nginx:1.27", "nginx:latest"),
                74_800_000, 61_000_000, 1_200, 9_400, 2_100, 40_000_000);
        ImageBlueprint busybox = image("busybox", List.of("busybox:1.36"), 4_300_000);
        ImageBlueprint app = image("app", List.of("dockyard/demo-app:2.1", "registry.local/demo-app:2.1", "demo-app:stable"),
                4_300_000, 12_000_000, 350_000);
        ImageBlueprint dangling = image("dangling", List.of(), 12_000_000);
        List<ContainerInstance> cs = List.of(
                container("webserver", nginx, ContainerState.RUNNING, 3),
                container("webserver2", nginx, ContainerState.EXITED, 2),
                container("web-canary", nginx, ContainerState.RESTARTING, 1),
                container("sleepy_turing", busybox, ContainerState.PAUSED, 60),
                container("ticker", busybox, ContainerState.RUNNING, 30),
                container("oneshot", busybox, ContainerState.EXITED, 90),
                container("api", app, ContainerState.RUNNING, 12),
                container("migrator", app, ContainerState.CREATED, 1),
                container("zombie", app, ContainerState.DEAD, 200));
        return state(List.of(nginx, busybox, app, dangling), cs);
    }

    /** A large yard: {@code images} images with {@code perImage} containers each, in mixed states. */
    public static EngineState big(int images, int perImage) {
        List<ImageBlueprint> all = new ArrayList<>();
        List<ContainerInstance> containers = new ArrayList<>();
        ContainerState[] mix = {ContainerState.RUNNING, ContainerState.RUNNING, ContainerState.RUNNING,
            ContainerState.EXITED, ContainerState.PAUSED, ContainerState.CREATED};
        for (int i = 0; i < images; i++) {
            ImageBlueprint img = image("bench" + i, List.of("bench/app" + i + ":1." + i),
                    70_000_000, 5_000_000L + i, 1_200, 40_000);
            all.add(img);
            for (int j = 0; j < perImage; j++) {
                containers.add(container("b" + i + "-" + j, img, mix[(i + j) % mix.length], 5 + j));
            }
        }
        return state(all, containers);
    }

    /** A user-defined network made by compose (or by hand when {@code project} is empty). */
    public static io.dockyard.model.NetworkRecord network(String name, String project, String subnet) {
        Map<String, String> labels = project.isEmpty() ? Map.of()
                : Map.of(io.dockyard.model.Compose.PROJECT_LABEL, project);
        return new io.dockyard.model.NetworkRecord(hex("n-" + name), name, "bridge", "local", false,
                NOW.minus(Duration.ofDays(1)), labels, List.of(subnet));
    }

    public static io.dockyard.model.VolumeRecord volume(String name, String project, long size) {
        Map<String, String> labels = project.isEmpty() ? Map.of()
                : Map.of(io.dockyard.model.Compose.PROJECT_LABEL, project);
        return new io.dockyard.model.VolumeRecord(name, "local", "/var/lib/docker/volumes/" + name + "/_data",
                NOW.minus(Duration.ofDays(2)), labels, "local", size);
    }

    /** A container with the given mounts and networks; a compose project and service when {@code project} is set. */
    public static ContainerInstance wired(String name, ImageBlueprint image, String project, String service,
                                          List<MountPoint> mounts, List<io.dockyard.model.Attachment> networks) {
        ContainerInstance base = container(name, image, ContainerState.RUNNING, 10);
        Map<String, String> labels = project.isEmpty() ? Map.of("app", name)
                : Map.of(io.dockyard.model.Compose.PROJECT_LABEL, project, io.dockyard.model.Compose.SERVICE_LABEL, service,
                io.dockyard.model.Compose.NUMBER_LABEL, "1");
        return new ContainerInstance(base.id(), name, image.id(), image.displayName(), base.command(), base.state(),
                base.status(), 0, base.created(), base.started(), null, base.pid(), base.ports(), mounts, networks,
                labels, base.env(), "", base.writableSize());
    }

    public static io.dockyard.model.Attachment on(io.dockyard.model.NetworkRecord n, String ip, String... aliases) {
        return new io.dockyard.model.Attachment(n.id(), n.name(), ip, List.of(aliases));
    }

    /**
     * A compose project "shop" (web, api, db; networks shop_front and shop_back; volumes shop_data
     * and shop_cache), two loose containers (one with a host folder on the default bridge), an
     * unused volume and an anonymous one.
     */
    public static EngineState manyKinds() {
        ImageBlueprint web = image("shop-web", List.of("registry.example.com/shop/web:2.1"), 70_000_000, 4_000_000);
        ImageBlueprint api = image("shop-api", List.of("shop/api:2.1"), 70_000_000, 9_000_000);
        ImageBlueprint db = image("postgres", List.of("postgres:16"), 90_000_000, 300_000_000);
        ImageBlueprint busybox = image("busybox", List.of("busybox:1.36"), 4_300_000);
        var front = network("shop_front", "shop", "172.20.0.0/16");
        var back = network("shop_back", "shop", "172.21.0.0/16");
        var data = volume("shop_data", "shop", 38_000_000);
        var cache = volume("shop_cache", "shop", io.dockyard.model.VolumeRecord.SIZE_UNKNOWN);
        var old = volume("old-cache", "", 1_200_000_000);
        var anonymous = volume(hex("anonymous-volume"), "", 4_096);
        var bridge = new io.dockyard.model.Attachment(hex("n-bridge"), "bridge", "172.17.0.2", List.of());
        List<ContainerInstance> cs = List.of(
                wired("shop-web-1", web, "shop", "web", List.of(), List.of(on(front, "172.20.0.2", "web"))),
                wired("shop-api-1", api, "shop", "api",
                        List.of(new MountPoint("volume", "shop_cache", "", "/var/cache/api", false)),
                        List.of(on(front, "172.20.0.3", "api"), on(back, "172.21.0.4", "api"))),
                wired("shop-db-1", db, "shop", "db",
                        List.of(new MountPoint("volume", "shop_data", "", "/var/lib/postgresql/data", true)),
                        List.of(on(back, "172.21.0.2", "db", "postgres"))),
                wired("tool-run", busybox, "", "",
                        List.of(new MountPoint("bind", "", "/home/me/project/src", "/src", true),
                                new MountPoint("volume", anonymous.name(), "", "/scratch", true)),
                        List.of(bridge)),
                wired("ticker", busybox, "", "", List.of(), List.of(bridge)));
        EngineState s = state(List.of(web, api, db, busybox), cs);
        io.dockyard.model.Catalogs.Builder b = s.objects().toBuilder();
        for (var n : List.of(front, back, new io.dockyard.model.NetworkRecord(hex("n-bridge"), "bridge", "bridge", "local",
                false, NOW, Map.of(), List.of("172.17.0.0/16")))) {
            b.put(n);
        }
        for (var v : List.of(data, cache, old, anonymous)) {
            b.put(v);
        }
        return s.withObjects(b.build());
    }

    /**
     * {@link #manyKinds()} with three more members of "shop", six in all on its two networks:
     * shop-web-2 on shop_front, shop-worker-1 on shop_back only, shop-admin-1 on both.
     */
    public static EngineState busyShop() {
        EngineState s = manyKinds();
        var front = s.findNetwork("shop_front").orElseThrow();
        var back = s.findNetwork("shop_back").orElseThrow();
        ImageBlueprint web = s.image(s.findContainer("shop-web-1").orElseThrow().imageId()).orElseThrow();
        ImageBlueprint api = s.image(s.findContainer("shop-api-1").orElseThrow().imageId()).orElseThrow();
        io.dockyard.model.Catalogs.Builder b = s.objects().toBuilder();
        b.put(wired("shop-web-2", web, "shop", "web", List.of(), List.of(on(front, "172.20.0.5", "web"))));
        b.put(wired("shop-worker-1", api, "shop", "worker", List.of(), List.of(on(back, "172.21.0.6", "worker"))));
        b.put(wired("shop-admin-1", web, "shop", "admin", List.of(),
                List.of(on(front, "172.20.0.7", "admin"), on(back, "172.21.0.7", "admin"))));
        return s.withObjects(b.build());
    }

    /** One image with {@code n} containers, the shape of a scaled-out service. */
    public static EngineState oneImage(int n) {
        ImageBlueprint img = image("scaled", List.of("registry.example.com/team/worker:3.4"), 70_000_000, 2_000_000);
        List<ContainerInstance> cs = new ArrayList<>();
        ContainerState[] mix = {ContainerState.RUNNING, ContainerState.RUNNING, ContainerState.RUNNING, ContainerState.EXITED};
        for (int i = 0; i < n; i++) {
            cs.add(container("worker-" + i, img, mix[i % mix.length], 5 + i % 50));
        }
        return state(List.of(img), cs);
    }
}
