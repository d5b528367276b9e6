package io.dockyard.intent;

import java.util.List;

/** {@code docker compose -p NAME stop}: stops every container of the project, the last service first. */
public record StopProject(String project, ComposeCli cli, List<String> containers) implements ProjectIntent {
    public StopProject {
        containers = List.copyOf(containers);
    }

    @Override
    public List<List<String>> cliCommands() {
        return List.of(cli.isInstalled() ? cli.line(project, "stop")
                : ProjectIntent.docker(List.of("stop"), ProjectIntent.reversed(containers)));
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
