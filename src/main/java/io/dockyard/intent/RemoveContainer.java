package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker rm}: deletes a container and its writable layer.
 *
 * @param force   also when it is running (kills it first)
 * @param volumes also its anonymous volumes
 */
public record RemoveContainer(String container, boolean force, boolean volumes) implements Intent {
    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "rm"));
        if (force) {
            args.add("-f");
        }
        if (volumes) {
            args.add("-v");
        }
        args.add(container);
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
