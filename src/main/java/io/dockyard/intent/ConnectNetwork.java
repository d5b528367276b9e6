package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker network connect}: attaches a container to one more network, running or not. It
 * gets an address there and can reach the other containers on it by name.
 *
 * @param network   the network's name or id
 * @param container the container's name or id
 * @param aliases   more names the others on the network can use for it ({@code --alias})
 */
public record ConnectNetwork(String network, String container, List<String> aliases) implements Intent {
    public ConnectNetwork {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static ConnectNetwork of(String network, String container) {
        return new ConnectNetwork(network, container, List.of());
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "network", "connect"));
        aliases.forEach(a -> {
            args.add("--alias");
            args.add(a);
        });
        args.add(network);
        args.add(container);
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
