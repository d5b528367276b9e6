package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker kill}: sends a signal to the main process, SIGKILL unless another is named.
 *
 * @param signal signal name such as {@code SIGHUP}, or null for the default
 */
public record KillContainer(String container, String signal) implements Intent {
    public static KillContainer of(String container) {
        return new KillContainer(container, null);
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "kill"));
        if (signal != null && !signal.isEmpty()) {
            args.add("-s");
            args.add(signal);
        }
        args.add(container);
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
