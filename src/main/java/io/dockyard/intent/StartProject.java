package io.dockyard.intent;

import java.util.List;

/** {@code docker compose -p NAME start}: starts every container of the project, the first service first. */
public record StartProject(String project, ComposeCli cli, List<String> containers) implements ProjectIntent {
    public StartProject {
        containers = List.copyOf(containers);
    }

    @Override
    public List<List<String>> cliCommands() {
        return List.of(cli.isInstalled() ? cli.line(project, "start")
                : ProjectIntent.docker(List.of("start"), containers));
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
