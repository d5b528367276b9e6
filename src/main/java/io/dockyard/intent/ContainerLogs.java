package io.dockyard.intent;

import io.dockyard.model.LogLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@code docker logs}: the container's output, line by line. Without {@code follow} the stream
 * ends after the last line written so far; with it, it goes on until cancelled or the container stops.
 *
 * @param tail       how many of the last lines to start with, or {@link #ALL}
 * @param timestamps whether the lines are shown with their times ({@code --timestamps}); every
 *                   {@link LogLine} carries its time either way, so this changes only the showing
 */
public record ContainerLogs(String container, int tail, boolean follow, boolean timestamps)
        implements StreamingQuery<LogLine> {
    /** A {@link #tail} that starts with every line the container wrote. */
    public static final int ALL = -1;

    public ContainerLogs {
        Objects.requireNonNull(container, "container");
        if (tail < ALL) {
            throw new IllegalArgumentException("A log tail is a number of lines (0 or more), or all of them;"
                    + " not " + tail + ".");
        }
    }

    /** Every line written so far, then the end of the stream. */
    public static ContainerLogs all(String container) {
        return new ContainerLogs(container, ALL, false, false);
    }

    @Override
    public List<String> cliArgs() {
        List<String> args = new ArrayList<>(List.of("docker", "logs"));
        if (follow) {
            args.add("--follow");
        }
        if (timestamps) {
            args.add("--timestamps");
        }
        if (tail != ALL) {
            args.add("--tail");
            args.add(String.valueOf(tail));
        }
        args.add(container);
        return args;
    }

    @Override
    public CompletableFuture<Void> accept(QueryVisitor visitor, Consumer<? super LogLine> lines) {
        return visitor.visit(this, lines);
    }
}
