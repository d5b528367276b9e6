package io.dockyard.actions;

import java.util.ArrayList;
import java.util.List;

/** {@code docker exec}: runs one more command inside a running container and shows its output. */
public record ExecCommand(String container, List<String> command) implements Intent {
    public ExecCommand {
        command = List.copyOf(command);
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "exec", container));
        args.addAll(command);
        return args;
    }
}
