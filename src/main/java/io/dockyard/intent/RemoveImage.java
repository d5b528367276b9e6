package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code docker rmi}: removes a tag, and the image once no tag and no container holds it.
 *
 * @param force also when containers use it or it has several tags
 */
public record RemoveImage(String image, boolean force) implements Intent {
    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "rmi"));
        if (force) {
            args.add("-f");
        }
        args.add(image);
        return args;
    }

    @Override
    public <R> R accept(IntentVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
