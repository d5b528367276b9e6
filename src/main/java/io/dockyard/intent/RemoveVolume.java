package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker volume rm}: deletes a volume and everything written to it. The engine refuses
 * while any container, running or not, mounts it; {@code -f} does not change that.
 *
 * @param force do not fail when the volume is already gone
 */
public record RemoveVolume(String name, boolean force) implements Intent {
    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "volume", "rm"));
        if (force) {
            args.add("-f");
        }
        args.add(name);
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
