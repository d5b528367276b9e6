package io.dockyard.engine;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.command.TopContainerResponse;
import com.github.dockerjava.api.model.ChangeLog;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerConfig;
import com.github.dockerjava.api.model.ContainerMount;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.ContainerNetworkSettings;
import com.github.dockerjava.api.model.ContainerPort;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Image;
import com.github.dockerjava.api.model.ImageHistory;
import com.github.dockerjava.api.model.Network;
import com.github.dockerjava.api.model.NetworkSettings;
import com.github.dockerjava.api.model.Ports;
import io.dockyard.model.Attachment;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.FileChange;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Layer;
import io.dockyard.model.MountPoint;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.PortBinding;
import io.dockyard.model.ProcessTable;
import io.dockyard.model.StatusText;
import io.dockyard.model.VolumeRecord;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns docker-java's mutable beans into Dockyard's records. docker-java stops here. */
public final class ModelMapper {
    /** The exit code in the listing's "Exited (137) 2 hours ago" or "Restarting (1) 3 seconds ago". */
    private static final Pattern EXIT_CODE = Pattern.compile("^(?:Exited|Restarting) \\((-?\\d+)\\)");
    private static final Comparator<PortBinding> PORT_ORDER = Comparator.comparingInt(PortBinding::containerPort)
            .thenComparing(PortBinding::hostIp).thenComparingInt(PortBinding::hostPort);

    private ModelMapper() {
    }

    public static ImageBlueprint image(Image image, List<ImageHistory> history) {
        return new ImageBlueprint(image.getId(), list(image.getRepoTags()), list(image.getRepoDigests()),
                orZero(image.getSize()), epochSeconds(image.getCreated()), map(image.getLabels()), layers(history));
    }

    /** {@code docker history} as layers, oldest step first; the engine lists the newest first. */
    public static List<Layer> layers(List<ImageHistory> history) {
        List<Layer> layers = new ArrayList<>();
        for (ImageHistory h : history == null ? List.<ImageHistory>of() : history) {
            layers.add(new Layer(orEmpty(h.getId()), orEmpty(h.getCreatedBy()), orZero(h.getSize()),
                    epochSeconds(h.getCreated())));
        }
        java.util.Collections.reverse(layers);
        return layers;
    }

    /** {@code docker diff}, in the engine's order. */
    public static List<FileChange> changes(List<ChangeLog> changes) {
        List<FileChange> out = new ArrayList<>();
        for (ChangeLog c : changes == null ? List.<ChangeLog>of() : changes) {
            out.add(new FileChange(changeKind(c.getKind()), orEmpty(c.getPath())));
        }
        return out;
    }

    /** The engine's change kinds: 0 modified, 1 added, 2 deleted; anything else reads as a change. */
    static FileChange.Kind changeKind(Integer kind) {
        if (kind == null) {
            return FileChange.Kind.CHANGED;
        }
        return switch (kind) {
            case 1 -> FileChange.Kind.ADDED;
            case 2 -> FileChange.Kind.DELETED;
            default -> FileChange.Kind.CHANGED;
        };
    }

    /** {@code docker top}: the titles and one row per process, empty where the engine sent none. */
    public static ProcessTable processes(TopContainerResponse top) {
        List<List<String>> rows = new ArrayList<>();
        if (top.getProcesses() != null) {
            for (String[] p : top.getProcesses()) {
                rows.add(List.of(p));
            }
        }
        return new ProcessTable(top.getTitles() == null ? List.of() : List.of(top.getTitles()), rows);
    }

    public static ContainerInstance container(InspectContainerResponse c, Instant now) {
        InspectContainerResponse.ContainerState s = c.getState();
        ContainerConfig config = c.getConfig();
        ContainerState state = ContainerState.fromEngine(s == null ? null : s.getStatus());
        String health = s != null && s.getHealth() != null ? orEmpty(s.getHealth().getStatus()) : "";
        long pid = s != null && s.getPidLong() != null ? s.getPidLong() : 0;
        int exitCode = s != null && s.getExitCodeLong() != null ? s.getExitCodeLong().intValue() : 0;
        ContainerInstance instance = new ContainerInstance(c.getId(), c.getName(), c.getImageId(),
                config == null ? "" : config.getImage(), command(c.getPath(), c.getArgs()), state, "", exitCode,
                timestamp(c.getCreated()), timestamp(s == null ? null : s.getStartedAt()),
                timestamp(s == null ? null : s.getFinishedAt()), state.hasProcess() ? pid : 0,
                ports(c.getNetworkSettings()), mounts(c.getMounts()), networks(c.getNetworkSettings()),
                config == null ? Map.of() : map(config.getLabels()), config == null ? List.of() : list(config.getEnv()),
                health, c.getSizeRw() == null ? ContainerInstance.SIZE_UNKNOWN : c.getSizeRw());
        return instance.withStatus(StatusText.describe(instance, now));
    }

    /**
     * A container as the engine's listing ({@code docker ps -a}) describes it: enough to draw it at
     * once. Its PID, start and finish times and environment come with its inspection; until then
     * its status is the engine's own words, which the yard shows when it has no times to go by.
     */
    public static ContainerInstance container(Container c) {
        String status = orEmpty(c.getStatus());
        String[] names = c.getNames();
        return new ContainerInstance(c.getId(), names == null || names.length == 0 ? "" : names[0],
                c.getImageId(), c.getImage(), c.getCommand(), ContainerState.fromEngine(c.getState()), status,
                listedExitCode(status), epochSeconds(c.getCreated()), null, null, 0, listedPorts(c.getPorts()),
                listedMounts(c.getMounts()), listedNetworks(c.getNetworkSettings()), map(c.getLabels()), List.of(),
                listedHealth(status), ContainerInstance.SIZE_UNKNOWN);
    }

    /**
     * A volume as {@code docker volume ls} and {@code docker volume inspect} give it through
     * docker-java, which leaves out its creation time, scope and size: {@link #volume(Map)} has them.
     */
    public static VolumeRecord volume(InspectVolumeResponse v) {
        return new VolumeRecord(v.getName(), v.getDriver(), v.getMountpoint(), null, map(v.getLabels()), "",
                VolumeRecord.SIZE_UNKNOWN);
    }

    /**
     * A volume as the engine's JSON describes it ({@code GET /system/df} or {@code /volumes}):
     * with its creation time, scope and, where the engine measured it, {@code UsageData.Size}
     * (the engine writes -1 for "not measured").
     */
    public static VolumeRecord volume(Map<String, Object> json) {
        long size = VolumeRecord.SIZE_UNKNOWN;
        if (json.get("UsageData") instanceof Map<?, ?> usage && usage.get("Size") instanceof Number n) {
            size = n.longValue() < 0 ? VolumeRecord.SIZE_UNKNOWN : n.longValue();
        }
        Map<String, String> labels = new java.util.HashMap<>();
        if (json.get("Labels") instanceof Map<?, ?> raw) {
            raw.forEach((k, v) -> {
                if (k instanceof String key && v instanceof String value) {
                    labels.put(key, value);
                }
            });
        }
        return new VolumeRecord(text(json, "Name"), text(json, "Driver"), text(json, "Mountpoint"),
                timestamp(text(json, "CreatedAt")), labels, text(json, "Scope"), size);
    }

    private static String text(Map<String, Object> json, String key) {
        return json.get(key) instanceof String s ? s : "";
    }

    /** A network as {@code docker network ls} or {@code docker network inspect} gives it. */
    public static NetworkRecord network(Network n) {
        List<String> subnets = new ArrayList<>();
        if (n.getIpam() != null && n.getIpam().getConfig() != null) {
            for (Network.Ipam.Config c : n.getIpam().getConfig()) {
                if (c != null && c.getSubnet() != null && !c.getSubnet().isEmpty()) {
                    subnets.add(c.getSubnet());
                }
            }
        }
        return new NetworkRecord(n.getId(), n.getName(), n.getDriver(), n.getScope(),
                Boolean.TRUE.equals(n.getInternal()), n.getCreated() == null ? null : n.getCreated().toInstant(),
                map(n.getLabels()), subnets);
    }

    /** "Exited (137) 2 hours ago" and "Restarting (1) 3 seconds ago" carry the exit code. */
    static int listedExitCode(String status) {
        Matcher m = EXIT_CODE.matcher(status);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** "Up 3 minutes (healthy)", "(unhealthy)", "(health: starting)". */
    static String listedHealth(String status) {
        if (status.endsWith("(health: starting)")) {
            return "starting";
        }
        return status.endsWith("(healthy)") ? "healthy" : status.endsWith("(unhealthy)") ? "unhealthy" : "";
    }

    private static List<PortBinding> listedPorts(ContainerPort[] ports) {
        if (ports == null) {
            return List.of();
        }
        List<PortBinding> bindings = new ArrayList<>();
        for (ContainerPort p : ports) {
            bindings.add(new PortBinding(orEmpty(p.getIp()), p.getPublicPort() == null ? 0 : p.getPublicPort(),
                    p.getPrivatePort() == null ? 0 : p.getPrivatePort(), p.getType() == null ? "tcp" : p.getType()));
        }
        bindings.sort(PORT_ORDER);
        return bindings;
    }

    private static List<MountPoint> listedMounts(List<ContainerMount> mounts) {
        if (mounts == null) {
            return List.of();
        }
        return mounts.stream().map(m -> new MountPoint(mountType(m.getName(), m.getSource()), m.getName(),
                m.getSource(), orEmpty(m.getDestination()), !Boolean.FALSE.equals(m.getRw()))).toList();
    }

    /**
     * The engine says each mount's {@code Type}, but docker-java 3.7 drops it from both the
     * listing and the inspection, so it is read off what is left: only a volume has a name, and
     * only a tmpfs has no source on the host.
     */
    static String mountType(String name, String source) {
        if (name != null && !name.isEmpty()) {
            return "volume";
        }
        return source == null || source.isEmpty() ? "tmpfs" : "bind";
    }

    private static List<Attachment> listedNetworks(ContainerNetworkSettings network) {
        return network == null ? List.of() : attachments(network.getNetworks());
    }

    /**
     * The command as the engine's container listing words it (and {@code docker ps --no-trunc}
     * shows it, inside double quotes): arguments with spaces are put in single quotes.
     */
    static String command(String path, String[] args) {
        List<String> parts = new ArrayList<>();
        if (path != null && !path.isEmpty()) {
            parts.add(path);
        }
        if (args != null) {
            Arrays.stream(args).map(a -> a.contains(" ") ? "'" + a + "'" : a).forEach(parts::add);
        }
        return String.join(" ", parts);
    }

    private static List<PortBinding> ports(NetworkSettings network) {
        if (network == null || network.getPorts() == null) {
            return List.of();
        }
        List<PortBinding> ports = new ArrayList<>();
        for (Map.Entry<ExposedPort, Ports.Binding[]> e : network.getPorts().getBindings().entrySet()) {
            ExposedPort exposed = e.getKey();
            String protocol = exposed.getProtocol() == null ? "tcp" : exposed.getProtocol().toString();
            if (e.getValue() == null || e.getValue().length == 0) {
                ports.add(new PortBinding("", 0, exposed.getPort(), protocol));
                continue;
            }
            for (Ports.Binding b : e.getValue()) {
                ports.add(new PortBinding(b.getHostIp(), parsePort(b.getHostPortSpec()), exposed.getPort(), protocol));
            }
        }
        ports.sort(PORT_ORDER);
        return ports;
    }

    private static List<MountPoint> mounts(List<InspectContainerResponse.Mount> mounts) {
        if (mounts == null) {
            return List.of();
        }
        return mounts.stream().map(m -> new MountPoint(mountType(m.getName(), m.getSource()), m.getName(),
                m.getSource(), m.getDestination() == null ? "" : m.getDestination().getPath(),
                !Boolean.FALSE.equals(m.getRW()))).toList();
    }

    private static List<Attachment> networks(NetworkSettings network) {
        return network == null ? List.of() : attachments(network.getNetworks());
    }

    /** A container's networks, by network name, as both its listing and its inspection give them. */
    static List<Attachment> attachments(Map<String, ContainerNetwork> networks) {
        if (networks == null) {
            return List.of();
        }
        return networks.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Attachment(e.getValue() == null ? "" : e.getValue().getNetworkID(), e.getKey(),
                        e.getValue() == null ? "" : e.getValue().getIpAddress(),
                        e.getValue() == null || e.getValue().getAliases() == null ? List.of() : e.getValue().getAliases()))
                .toList();
    }

    private static int parsePort(String spec) {
        try {
            return spec == null || spec.isEmpty() ? 0 : Integer.parseInt(spec);
        } catch (NumberFormatException range) {
            return 0;
        }
    }

    /** Docker writes "0001-01-01T00:00:00Z" for "never". */
    static Instant timestamp(String text) {
        if (text == null || text.isEmpty() || text.startsWith("0001-01-01")) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant epochSeconds(Long seconds) {
        return seconds == null ? Instant.EPOCH : Instant.ofEpochSecond(seconds);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(Objects::nonNull).toList();
    }

    private static Map<String, String> map(Map<String, String> values) {
        return values == null ? Map.of() : values;
    }
}
