package io.dockyard.intent;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.PortBinding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a person typed into "Run with options…", as raw text. {@link #check} reads it with
 * Docker's rules and the engine's current state and gives either a {@link RunContainer} or
 * problems per field. Pure apart from the {@link HostPorts} probe it is given.
 *
 * @param ports   one {@code -p} spec per line (commas also separate)
 * @param env     one {@code KEY=value} per line
 * @param volumes one {@code -v} spec per line
 * @param command a command line, split as a shell would; empty keeps the image's command
 * @param restart restart policy text, empty for no
 */
public record RunForm(String image, String name, String ports, String env, String volumes, String command,
                      String restart, boolean autoRemove, Map<String, String> labels) {

    /** The form's fields, for showing each problem next to its input. */
    public enum Field { IMAGE, NAME, PORTS, ENV, VOLUMES, COMMAND, RESTART }

    public static RunForm forImage(String image) {
        return new RunForm(image, "", "", "", "", "", "no", false, Map.of());
    }

    /** The result: problems per field, and the intent when there are none. */
    public record Check(Map<Field, List<String>> problems, RunContainer intent) {
        public boolean isOk() {
            return problems.isEmpty();
        }

        public Optional<RunContainer> runnable() {
            return Optional.ofNullable(intent);
        }

        /** Every problem, in field order, for a one-line summary. */
        public List<String> all() {
            List<String> all = new ArrayList<>();
            problems.forEach((f, list) -> all.addAll(list));
            return all;
        }
    }

    public Check check(EngineState state, HostPorts hostPorts) {
        Map<Field, List<String>> problems = new EnumMap<>(Field.class);
        Parsed<String> img = ImageRefs.reference(image);
        note(problems, Field.IMAGE, img);
        Parsed<String> n = InputRules.containerName(name);
        note(problems, Field.NAME, n);
        if (n.isOk() && !n.value().isEmpty()) {
            state.containers().values().stream().filter(c -> c.name().equals(n.value())).findFirst()
                    .ifPresent(c -> add(problems, Field.NAME, "The name '" + n.value() + "' is already used by container "
                            + c.shortId() + " (" + c.state().engineName() + "); pick another or remove that one."));
        }
        List<PortSpec> portSpecs = portSpecs(problems, state, hostPorts);
        List<String> envs = lines(env, false).stream().map(l -> noted(problems, Field.ENV, InputRules.env(l))).toList();
        List<VolumeSpec> vols = lines(volumes, false).stream()
                .map(l -> noted(problems, Field.VOLUMES, InputRules.volume(l))).toList();
        Parsed<List<String>> cmd = InputRules.command(command);
        note(problems, Field.COMMAND, cmd);
        Parsed<RestartPolicy> policy = InputRules.restart(restart);
        note(problems, Field.RESTART, policy);
        if (policy.isOk() && !policy.value().isNo() && autoRemove) {
            add(problems, Field.RESTART, "Auto-remove and a restart policy conflict: a container removed when it "
                    + "exits cannot be restarted. Choose one.");
        }
        if (!problems.isEmpty()) {
            return new Check(problems, null);
        }
        return new Check(Map.of(), new RunContainer(img.value(), n.value(), portSpecs, envs, vols, cmd.value(),
                policy.value(), autoRemove, labels));
    }

    private List<PortSpec> portSpecs(Map<Field, List<String>> problems, EngineState state, HostPorts hostPorts) {
        List<PortSpec> specs = new ArrayList<>();
        for (String line : lines(ports, true)) {
            Parsed<PortSpec> p = PortRules.port(line);
            if (!p.isOk()) {
                add(problems, Field.PORTS, p.problem());
                continue;
            }
            String clash = clash(p.value(), specs, state, hostPorts);
            if (clash != null) {
                add(problems, Field.PORTS, clash);
            }
            specs.add(p.value());
        }
        return specs;
    }

    /** Why the host port cannot be had, or null. */
    static String clash(PortSpec p, List<PortSpec> earlier, EngineState state, HostPorts hostPorts) {
        if (p.hostPort() == 0) {
            return null;
        }
        String port = p.hostPort() + "/" + p.protocol();
        for (PortSpec e : earlier) {
            if (e.hostPort() == p.hostPort() && e.protocol().equals(p.protocol()) && overlaps(e.hostIp(), p.hostIp())) {
                return "Host port " + port + " is listed twice.";
            }
        }
        for (ContainerInstance c : state.containers().values()) {
            if (!c.state().hasProcess()) {
                continue;
            }
            for (PortBinding b : c.ports()) {
                if (b.hostPort() == p.hostPort() && b.protocol().equals(p.protocol())
                        && overlaps(b.hostIp(), p.hostIp())) {
                    return "Host port " + port + " is already published by container '" + c.name() + "'.";
                }
            }
        }
        if (!hostPorts.isFree(p.hostIp(), p.hostPort(), p.protocol())) {
            return "Host port " + port + " is already in use on this machine by another program.";
        }
        return null;
    }

    private static boolean overlaps(String ipA, String ipB) {
        return ipA.isEmpty() || ipB.isEmpty() || ipA.equals("0.0.0.0") || ipB.equals("0.0.0.0")
                || ipA.equals("::") || ipB.equals("::") || ipA.equals(ipB);
    }

    private static List<String> lines(String text, boolean commasToo) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String[] raw = text.split(commasToo ? "[\\n,]" : "\\n");
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            if (!r.isBlank()) {
                out.add(commasToo ? r.trim() : r.strip());
            }
        }
        return out;
    }

    private static <T> T noted(Map<Field, List<String>> problems, Field field, Parsed<T> parsed) {
        note(problems, field, parsed);
        return parsed.value();
    }

    private static void note(Map<Field, List<String>> problems, Field field, Parsed<?> parsed) {
        if (!parsed.isOk()) {
            add(problems, field, parsed.problem());
        }
    }

    private static void add(Map<Field, List<String>> problems, Field field, String problem) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(problem);
    }
}
