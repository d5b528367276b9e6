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
}
