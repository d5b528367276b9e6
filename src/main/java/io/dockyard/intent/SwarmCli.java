package io.dockyard.intent;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads typed {@code docker swarm init}, {@code docker service create|scale|update --image|rm} and
 * {@code docker node update --availability} commands for {@link CliIntents}, with the rules of
 * {@link SwarmRules}.
 */
final class SwarmCli {
    private SwarmCli() {
    }

    static Intent swarm(CliWords w) {
        String sub = w.next("a swarm command (init)");
        if (!sub.equals("init")) {
            throw new CliRefusal("Dockyard cannot perform docker swarm " + sub + " itself; run it in a terminal.");
        }
        String advertise = "";
        String listen = "";
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "--advertise-addr": advertise = CliIntents.checked(option, w.value(option), SwarmRules::address);
                    break;
                case "--listen-addr": listen = CliIntents.checked(option, w.value(option), SwarmRules::address); break;
                default: throw CliIntents.unknown("swarm init", option);
            }
        }
        return new InitSwarm(advertise, listen);
    }

    static Intent service(CliWords w) {
        String sub = w.next("a service command (create, scale, update or rm)");
        switch (sub) {
            case "create": return create(w);
            case "scale": return scale(w);
            case "update": return update(w);
            case "rm": case "remove": return new RemoveService(w.operand("service rm", "the service to remove"));
            default: throw new CliRefusal("Dockyard cannot perform docker service " + sub
                    + " itself; run it in a terminal.");
        }
    }

    static Intent node(CliWords w) {
        String sub = w.next("a node command (update)");
        if (!sub.equals("update")) {
            throw new CliRefusal("Dockyard cannot perform docker node " + sub + " itself; run it in a terminal.");
        }
        String availability = null;
        while (w.atOption()) {
            String option = w.next("an option");
            if (!option.equals("--availability")) {
                throw CliIntents.unknown("node update", option);
            }
            availability = w.value(option);
        }
        if (availability == null) {
            throw new CliRefusal("Dockyard changes a node's availability only: write docker node update"
                    + " --availability drain|active|pause NODE.");
        }
        var wanted = CliIntents.checked("--availability", availability, SwarmRules::availability);
        return new UpdateNodeAvailability(w.next("the node to update"), wanted);
    }

    /** {@code --detach} is read and dropped: Dockyard never waits for the tasks, so every create is detached. */
    private static Intent create(CliWords w) {
        String name = "";
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> containerLabels = new LinkedHashMap<>();
        Integer replicas = null;
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "--name": name = CliIntents.checked(option, w.value(option), SwarmRules::serviceName); break;
                case "-l": case "--label": CliIntents.label(labels, w.value(option)); break;
                case "--container-label": CliIntents.label(containerLabels, w.value(option)); break;
                case "--replicas": replicas = CliIntents.checked(option, w.value(option), SwarmRules::replicas); break;
                case "-d": case "--detach": break;
                default: throw CliIntents.unknown("service create", option);
            }
        }
        String image = CliIntents.checked("The image", w.next("the image the service runs"), SwarmRules::serviceImage);
        return new CreateService(name, image, labels, containerLabels, replicas, w.rest());
    }

    private static Intent scale(CliWords w) {
        String pair = w.operand("service scale", "the service and its replicas, NAME=N");
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            throw new CliRefusal("docker service scale takes NAME=N, such as web=3; '" + pair + "' has no '='.");
        }
        int replicas = CliIntents.checked("The number of replicas", pair.substring(eq + 1), SwarmRules::replicas);
        return new ScaleService(pair.substring(0, eq), replicas);
    }

    private static Intent update(CliWords w) {
        String image = null;
        while (w.atOption()) {
            String option = w.next("an option");
            if (!option.equals("--image")) {
                throw CliIntents.unknown("service update", option);
            }
            image = CliIntents.checked("--image", w.value(option), SwarmRules::serviceImage);
        }
        if (image == null) {
            throw new CliRefusal("Dockyard updates a service's image only: write docker service update --image"
                    + " IMAGE NAME.");
        }
        return new UpdateServiceImage(w.next("the service to update"), image);
    }
}
