package io.dockyard.intent;

import java.util.List;

/**
 * {@code docker compose -p NAME restart}: stops every container of the project, the last service
 * first, then starts them, the first service first.
 */
public record RestartProject(String project, ComposeCli cli, List<String> containers) implements ProjectIntent {
    public RestartProject {
        containers = List.copyOf(containers);
    }

    @Override
    public List<List<String>> cliCommands() {
        if (cli.isInstalled()) {
            return List.of(cli.line(project, "restart"));
        }
        return List.of(ProjectIntent.docker(List.of("stop"), ProjectIntent.reversed(containers)),
                ProjectIntent.docker(List.of("start"), containers));
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
