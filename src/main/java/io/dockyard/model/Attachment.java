package io.dockyard.model;

import java.util.List;

/**
 * A container's place on one network.
 *
 * @param networkId   the network's full id; empty where the engine did not say
 * @param networkName the network's name
 * @param ipAddress   the container's IPv4 address on it, or empty while it has none (stopped)
 * @param aliases     the names other containers on the network can use for it
 */
public record Attachment(String networkId, String networkName, String ipAddress, List<String> aliases) {
    public Attachment {
        networkId = networkId == null ? "" : networkId;
        networkName = networkName == null ? "" : networkName;
        ipAddress = ipAddress == null ? "" : ipAddress;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Attached to {@code bridge}, {@code host}, {@code none} or a network swarm mode makes. */
    public boolean isDefaultNetwork() {
        return NetworkRecord.isBuiltIn(networkName);
    }
}
