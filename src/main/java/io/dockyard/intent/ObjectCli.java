package io.dockyard.intent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads typed {@code docker volume …}, {@code docker network …} and {@code docker compose -p NAME …}
 * commands for {@link CliIntents}, with the same rules the dialogs apply.
 */
final class ObjectCli {
    private ObjectCli() {
    }

    static Intent volume(CliWords w) {
        String sub = w.next("a volume command (create, rm or prune)");
        switch (sub) {
            case "create": return createVolume(w);
            case "rm": case "remove": return removeVolume(w);
            case "prune": return pruneVolumes(w);
            default: throw new CliRefusal("Dockyard cannot perform docker volume " + sub + " itself; run it in a terminal.");
        }
    }

    static Intent network(CliWords w) {
        String sub = w.next("a network command (create, rm, connect or disconnect)");
        switch (sub) {
            case "create": return createNetwork(w);
            case "rm": case "remove": return new RemoveNetwork(w.operand("network rm", "the network to remove"));
            case "connect": return connect(w);
            case "disconnect": return new DisconnectNetwork(w.operand("network disconnect", "the network"),
                    w.next("the container to disconnect"));
            default: throw new CliRefusal("Dockyard cannot perform docker network " + sub + " itself; run it in a terminal.");
        }
    }

    /** {@code compose -p NAME stop|start|restart|down [-v]}: the project by name, found by its label. */
    static Intent compose(CliWords w) {
        String project = null;
        while (w.atOption()) {
            String option = w.next("an option");
            if (!option.equals("-p") && !option.equals("--project-name")) {
                throw CliIntents.unknown("compose", option);
            }
            project = w.value(option);
        }
        if (project == null || project.isBlank()) {
            throw new CliRefusal("Dockyard acts on a compose project by its name: write docker compose -p NAME"
                    + " stop (or start, restart, down).");
        }
        String verb = w.next("a compose command (stop, start, restart or down)");
        switch (verb) {
            case "stop": return new StopProject(project, ComposeCli.PLUGIN, List.of());
            case "start": return new StartProject(project, ComposeCli.PLUGIN, List.of());
            case "restart": return new RestartProject(project, ComposeCli.PLUGIN, List.of());
            case "down": return down(project, w);
            default: throw new CliRefusal("Dockyard cannot perform docker compose " + verb
                    + " itself; run it in a terminal.");
        }
    }

    private static Intent down(String project, CliWords w) {
        boolean volumes = false;
        while (w.atOption()) {
            String option = w.next("an option");
            if (!option.equals("-v") && !option.equals("--volumes")) {
                throw CliIntents.unknown("compose down", option);
            }
            volumes = true;
        }
        return new RemoveProject(project, ComposeCli.PLUGIN, List.of(), List.of(), List.of(), volumes);
    }

    private static Intent createVolume(CliWords w) {
        String driver = "";
        Map<String, String> labels = new LinkedHashMap<>();
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "-d": case "--driver": driver = w.value(option); break;
                case "--label": CliIntents.label(labels, w.value(option)); break;
                default: throw CliIntents.unknown("volume create", option);
            }
        }
        List<String> rest = w.rest();
        if (rest.size() > 1) {
            throw new CliRefusal("docker volume create takes one name; unexpected: " + rest.get(1));
        }
        String name = rest.isEmpty() ? "" : CliIntents.checked("The volume name", rest.get(0), NameRules::volumeName);
        return new CreateVolume(name, driver, labels);
    }

    private static Intent removeVolume(CliWords w) {
        boolean force = false;
        while (w.atOption()) {
            String option = w.next("an option");
            if (!option.equals("-f") && !option.equals("--force")) {
                throw CliIntents.unknown("volume rm", option);
            }
            force = true;
        }
        return new RemoveVolume(w.next("the volume to remove"), force);
    }

    private static Intent pruneVolumes(CliWords w) {
        boolean force = false;
        boolean all = false;
        Map<String, String> labels = new LinkedHashMap<>();
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "-f": case "--force": force = true; break;
                case "-a": case "--all": all = true; break;
                case "--filter": labelFilter(labels, w.value(option)); break;
                default: throw CliIntents.unknown("volume prune", option);
            }
        }
        if (!force) {
            throw new CliRefusal("docker volume prune without -f asks for a yes in a terminal; write docker volume"
                    + " prune -f to prune from here, or use \"Prune unused volumes…\" on the yard to see what goes.");
        }
        return new PruneVolumes(all, labels);
    }

    private static void labelFilter(Map<String, String> labels, String raw) {
        if (!raw.startsWith("label=")) {
            throw new CliRefusal("Dockyard prunes volumes by label only (--filter label=key=value), not: " + raw);
        }
        CliIntents.label(labels, raw.substring("label=".length()));
    }

    private static Intent createNetwork(CliWords w) {
        String driver = "";
        boolean internal = false;
        Map<String, String> labels = new LinkedHashMap<>();
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "-d": case "--driver": driver = w.value(option); break;
                case "--internal": internal = true; break;
                case "--label": CliIntents.label(labels, w.value(option)); break;
                default: throw CliIntents.unknown("network create", option);
            }
        }
        String name = CliIntents.checked("The network name", w.next("the new network's name"), NameRules::networkName);
        return new CreateNetwork(name, driver, internal, labels);
    }

    private static Intent connect(CliWords w) {
        List<String> aliases = new ArrayList<>();
        while (w.atOption()) {
            String option = w.next("an option");
            if (!option.equals("--alias")) {
                throw CliIntents.unknown("network connect", option);
            }
            aliases.addAll(CliIntents.checked("--alias", w.value(option), NameRules::aliases));
        }
        return new ConnectNetwork(w.next("the network"), w.next("the container to connect"), aliases);
    }
}
