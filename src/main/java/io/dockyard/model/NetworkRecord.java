package io.dockyard.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network: a private wire that the containers attached to it share. On a user-defined network
 * containers reach each other by name; on the default {@code bridge} they do not.
 *
 * @param id       full id
 * @param name     its name
 * @param driver   {@code bridge}, {@code overlay}, {@code host}, {@code null} …
 * @param scope    {@code local} or {@code swarm}
 * @param internal true when it has no way out to the host's networks
 * @param created  when it was made, or null
 * @param labels   its labels
 * @param subnets  its address ranges, {@code 172.18.0.0/16}
 */
public record NetworkRecord(String id, String name, String driver, String scope, boolean internal, Instant created,
                            Map<String, String> labels, List<String> subnets) implements EngineObject {
    /** The networks every engine has, which the yard shows quietly on the instance instead of as a bus. */
    public static final Set<String> DEFAULT_NAMES = Set.of("bridge", "host", "none");

    public NetworkRecord {
        id = id == null ? "" : id;
        name = name == null ? "" : name;
        driver = driver == null ? "" : driver;
        scope = scope == null ? "" : scope;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        subnets = subnets == null ? List.of() : List.copyOf(subnets);
    }

    @Override
    public Kind kind() {
        return Kind.NETWORK;
    }

    public String shortId() {
        return Ids.shortId(id);
    }

    /** {@code bridge}, {@code host} or {@code none}: there on every engine, and not drawn as a bus. */
    public boolean isDefault() {
        return DEFAULT_NAMES.contains(name);
    }

    /** The compose project that made it, or empty. */
    public String composeProject() {
        return labels.getOrDefault(Compose.PROJECT_LABEL, "");
    }
}
