package io.dockyard.intent;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A question about the engine answered by a stream of {@code E}: a container's log lines, its
 * CPU and memory samples. The answer arrives piece by piece, until the stream ends by itself or
 * its future is cancelled. Like a {@link Query}, the value carries its {@code docker} command line.
 *
 * @param <E> one piece of the answer
 */
public sealed interface StreamingQuery<E> permits ContainerLogs, ContainerStats {

    /** Hands this query to the visitor's method for its kind, which feeds {@code each} every piece. */
    CompletableFuture<Void> accept(QueryVisitor visitor, Consumer<? super E> each);

    /** The CLI words, starting with {@code docker}, unquoted. */
    List<String> cliArgs();

    /** The command line a person would type, each word POSIX shell-quoted as needed. */
    default String cliLine() {
        return ShellQuote.join(cliArgs());
    }
}
