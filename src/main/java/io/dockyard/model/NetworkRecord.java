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
    /**
     * The networks swarm mode makes on every node (its routing mesh and the bridge its tasks reach
     * the host by), shown as quietly as the default ones.
     */
    public static final Set<String> SWARM_NAMES = Set.of("ingress", "docker_gwbridge");

    /** Whether the yard shows a network of this name quietly, not as a bus. */
    public static boolean isBuiltIn(String name) {
        return DEFAULT_NAMES.contains(name) || SWARM_NAMES.contains(name);
    }

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

    /** {@code bridge}, {@code host}, {@code none} or one swarm mode makes: not drawn as a bus. */
    public boolean isDefault() {
        return isBuiltIn(name);
    }

    /** The compose project that made it, or empty. */
    public String composeProject() {
        return labels.getOrDefault(Compose.PROJECT_LABEL, "");
    }
}
