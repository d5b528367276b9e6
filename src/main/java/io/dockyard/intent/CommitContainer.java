package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker commit}: saves a container's writable layer as a new image.
 *
 * @param repoTag name for the new image ({@code repo:tag}), or empty for an untagged image
 * @param message commit message, or empty
 * @param changes Dockerfile instructions applied to the new image ({@code -c}), in order
 */
public record CommitContainer(String container, String repoTag, String message, List<String> changes)
        implements Intent {
    public CommitContainer {
        repoTag = repoTag == null ? "" : repoTag;
        message = message == null ? "" : message;
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public CommitContainer(String container, String repoTag, String message) {
        this(container, repoTag, message, List.of());
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "commit"));
        if (!message.isEmpty()) {
            args.add("-m");
            args.add(message);
        }
        changes.forEach(c -> {
            args.add("-c");
            args.add(c);
        });
        args.add(container);
        if (!repoTag.isEmpty()) {
            args.add(repoTag);
        }
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
