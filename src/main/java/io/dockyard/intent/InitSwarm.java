package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker swarm init}: makes this engine a swarm of one node, its manager, which other
 * engines can then join.
 *
 * @param advertiseAddr the address other nodes reach this one at ({@code --advertise-addr}, an IP or
 *                      interface, optionally {@code :port}); empty lets the engine choose, which it
 *                      cannot do on a machine with several addresses ({@link SwarmRules#address})
 * @param listenAddr    where the manager listens for other nodes ({@code --listen-addr}); empty for
 *                      the CLI's default, {@value #DEFAULT_LISTEN}
 */
public record InitSwarm(String advertiseAddr, String listenAddr) implements Intent {
    /** What {@code docker swarm init} listens on unless told otherwise. */
    public static final String DEFAULT_LISTEN = "0.0.0.0:2377";

    public InitSwarm {
        advertiseAddr = advertiseAddr == null ? "" : advertiseAddr;
        listenAddr = listenAddr == null ? "" : listenAddr;
    }

    /** A plain {@code docker swarm init}. */
    public static InitSwarm plain() {
        return new InitSwarm("", "");
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "swarm", "init"));
        if (!advertiseAddr.isEmpty()) {
            args.add("--advertise-addr");
            args.add(advertiseAddr);
        }
        if (!listenAddr.isEmpty()) {
            args.add("--listen-addr");
            args.add(listenAddr);
        }
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
