package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker exec}: runs one more command inside a running container and shows its output.
 *
 * @param detach leave the command running in the background ({@code -d}) instead of waiting for its output
 */
public record ExecCommand(String container, List<String> command, boolean detach) implements Intent {
    public ExecCommand {
        command = List.copyOf(command);
    }

    /** Waits for the command and collects its output. */
    public ExecCommand(String container, List<String> command) {
        this(container, command, false);
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "exec"));
        if (detach) {
            args.add("-d");
        }
        args.add(container);
        args.addAll(command);
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
