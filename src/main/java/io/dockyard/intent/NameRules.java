package io.dockyard.intent;

import io.dockyard.model.Attachment;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.VolumeRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names of new volumes and networks, and attachments of containers to networks, checked against
 * Docker's rules and the engine's current state before anything is sent. Pure; every problem is
 * a sentence that says what is wrong and what to do.
 */
public final class NameRules {
    /** The engine takes almost any network name; Dockyard keeps to names a shell and compose read plainly. */
    private static final Pattern NETWORK = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");
    private static final Pattern ALIAS = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

    private NameRules() {
    }

    /** A volume name by Docker's rule: two or more letters, digits, '_', '.', '-', starting with a letter or digit. */
    public static Parsed<String> volumeName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            return Parsed.problem("Type a name for the volume.");
        }
        String problem = InputRules.nameProblem(name, "volume");
        return problem == null ? Parsed.ok(name) : Parsed.problem(problem);
    }

    /** A name for a new volume: valid and not taken on this engine. */
    public static Parsed<String> newVolumeName(String raw, EngineState state) {
        Parsed<String> name = volumeName(raw);
        if (name.isOk() && state.volumes().containsKey(name.value())) {
            VolumeRecord v = state.volumes().get(name.value());
            return Parsed.problem("A volume called '" + v.name() + "' already exists (driver " + v.driver()
                    + "). Pick another name, or mount that one.");
        }
        return name;
    }

    /** A network name: letters, digits, '_', '.', '-', starting with a letter or digit; not a predefined one. */
    public static Parsed<String> networkName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            return Parsed.problem("Type a name for the network.");
        }
        if (NetworkRecord.DEFAULT_NAMES.contains(name)) {
            return Parsed.problem("'" + name + "' is one of the networks every engine has (bridge, host, none);"
                    + " pick another name.");
        }
        if (!NETWORK.matcher(name).matches()) {
            String problem = InputRules.nameProblem(name.length() == 1 ? name + name : name, "network");
            return Parsed.problem(problem != null ? problem : "'" + name + "' is not a network name Dockyard uses.");
        }
        return Parsed.ok(name);
    }

    /** The network a new container joins ({@code --network}): any network's name, the predefined ones too. */
    public static Parsed<String> joinedNetwork(String raw) {
        String name = raw == null ? "" : raw.trim();
        return NetworkRecord.DEFAULT_NAMES.contains(name) ? Parsed.ok(name) : networkName(name);
    }

    /** A name for a new network: valid and not taken on this engine. */
    public static Parsed<String> newNetworkName(String raw, EngineState state) {
        Parsed<String> name = networkName(raw);
        if (name.isOk()) {
            Optional<NetworkRecord> taken = state.networks().values().stream()
                    .filter(n -> n.name().equals(name.value())).findFirst();
            if (taken.isPresent()) {
                return Parsed.problem("A network called '" + name.value() + "' already exists (" + taken.get().shortId()
                        + ", driver " + taken.get().driver() + "). Pick another name, or connect containers to that one.");
            }
        }
        return name;
    }

    /** Aliases separated by spaces or commas; each a DNS-style name. Empty is fine. */
    public static Parsed<List<String>> aliases(String raw) {
        List<String> aliases = new ArrayList<>();
        for (String a : (raw == null ? "" : raw).trim().split("[\\s,]+")) {
            if (a.isEmpty()) {
                continue;
            }
            if (!ALIAS.matcher(a).matches()) {
                return Parsed.problem("The alias '" + a + "' may only use letters, digits, '_', '.' and '-', "
                        + "starting with a letter or digit.");
            }
            aliases.add(a);
        }
        return Parsed.ok(aliases);
    }

    /**
     * Whether the container can be attached to the network: not to {@code host} or {@code none}
     * (a container has one of those or other networks, never both), and not twice.
     */
    public static Parsed<ConnectNetwork> connect(NetworkRecord network, ContainerInstance container, List<String> aliases) {
        String who = container.name().isEmpty() ? container.shortId() : container.name();
        Optional<Attachment> already = container.networks().stream()
                .filter(a -> a.networkId().equals(network.id()) || a.networkName().equals(network.name())).findFirst();
        if (already.isPresent()) {
            String ip = already.get().ipAddress();
            return Parsed.problem("Container '" + who + "' is already on network '" + network.name() + "'"
                    + (ip.isEmpty() ? "" : " (address " + ip + ")") + ".");
        }
        if (network.name().equals("host") || network.name().equals("none")) {
            return Parsed.problem("A container cannot be connected to '" + network.name() + "' after it was made: run"
                    + " a new one with --network " + network.name() + ".");
        }
        Optional<Attachment> exclusive = container.networks().stream()
                .filter(a -> a.networkName().equals("host") || a.networkName().equals("none")).findFirst();
        if (exclusive.isPresent()) {
            return Parsed.problem("Container '" + who + "' uses the network '" + exclusive.get().networkName()
                    + "', which cannot be combined with other networks.");
        }
        if (!aliases.isEmpty() && network.isDefault()) {
            return Parsed.problem("Aliases work only on user-defined networks, not on '" + network.name() + "'.");
        }
        return Parsed.ok(new ConnectNetwork(network.name(), who, aliases));
    }
}
