package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker compose -p NAME down}: stops and removes every container of the project, then the
 * networks it made; with {@code -v} also its volumes, and their data.
 *
 * @param networks    the project's networks, as the plain docker lines name them
 * @param volumes     the project's volumes, as the plain docker lines name them
 * @param withVolumes also remove the project's volumes and the containers' anonymous volumes
 */
public record RemoveProject(String project, ComposeCli cli, List<String> containers, List<String> networks,
                            List<String> volumes, boolean withVolumes) implements ProjectIntent {
    public RemoveProject {
        containers = List.copyOf(containers);
        networks = List.copyOf(networks);
        volumes = List.copyOf(volumes);
    }

    @Override
    public List<List<String>> cliCommands() {
        if (cli.isInstalled()) {
            return List.of(withVolumes ? cli.line(project, "down", "-v") : cli.line(project, "down"));
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(ProjectIntent.docker(List.of("stop"), ProjectIntent.reversed(containers)));
        lines.add(ProjectIntent.docker(withVolumes ? List.of("rm", "-v") : List.of("rm"), containers));
        if (!networks.isEmpty()) {
            lines.add(ProjectIntent.docker(List.of("network", "rm"), networks));
        }
        if (withVolumes && !volumes.isEmpty()) {
            lines.add(ProjectIntent.docker(List.of("volume", "rm"), volumes));
        }
        return lines;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }

    @Override
    public boolean isLong() {
        return true;
    }
}
