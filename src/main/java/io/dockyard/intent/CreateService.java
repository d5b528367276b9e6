package io.dockyard.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code docker service create}: asks the swarm for a replicated service, so many tasks of one
 * image, which it starts and keeps running. Dockyard returns once the swarm has accepted it, as
 * {@code docker service create --detach} does; the tasks start afterwards.
 *
 * @param name            the service's name ({@link SwarmRules#serviceName}); empty lets Docker pick one
 * @param image           the image its tasks run ({@link SwarmRules#serviceImage})
 * @param labels          labels on the service ({@code --label})
 * @param containerLabels labels on each task's container ({@code --container-label})
 * @param replicas        how many tasks, 0 to 1000 ({@link SwarmRules#replicas}); null for Docker's one
 * @param command         arguments that replace the image's command, or empty to keep it
 */
public record CreateService(String name, String image, Map<String, String> labels,
                            Map<String, String> containerLabels, Integer replicas, List<String> command)
        implements Intent {
    public CreateService {
        name = name == null ? "" : name;
        labels = Collections.unmodifiableMap(new TreeMap<>(labels == null ? Map.of() : labels));
        containerLabels = Collections.unmodifiableMap(new TreeMap<>(containerLabels == null ? Map.of()
                : containerLabels));
        command = List.copyOf(command == null ? List.of() : command);
    }

    /** A service of one image with this many replicas and nothing else given. */
    public static CreateService of(String name, String image, int replicas) {
        return new CreateService(name, image, Map.of(), Map.of(), replicas, List.of());
    }

    /** How many tasks the swarm will keep running: as asked, else one. */
    public int wantedReplicas() {
        return replicas == null ? 1 : replicas;
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "service", "create"));
        if (!name.isEmpty()) {
            args.add("--name");
            args.add(name);
        }
        labels.forEach((k, v) -> option(args, "--label", k + "=" + v));
        containerLabels.forEach((k, v) -> option(args, "--container-label", k + "=" + v));
        if (replicas != null) {
            option(args, "--replicas", String.valueOf(replicas));
        }
        args.add(image);
        args.addAll(command);
        return args;
    }

    private static void option(List<String> args, String flag, String value) {
        args.add(flag);
        args.add(value);
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
