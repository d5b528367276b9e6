package io.dockyard.intent;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A question about the engine that has one answer of type {@code T}, as a value: what a container
 * changed, which processes it runs, which layers an image has. Like an {@link Intent}, the same
 * value is handed to the engine and shown as the {@code docker} command line that asks the same.
 * Questions answered by a stream (logs, stats) are {@link StreamingQuery StreamingQueries}.
 * The interface is sealed, and each record hands itself to its own {@link QueryVisitor} method,
 * so a new query does not compile until every engine adapter answers it, with the type it promises.
 *
 * @param <T> the answer
 */
public sealed interface Query<T> permits ContainerChanges, ContainerProcesses, ImageHistory {

    /** Hands this query to the visitor's method for its kind; the answer has this query's type. */
    CompletableFuture<T> accept(QueryVisitor visitor);

    /** The CLI words, starting with {@code docker}, unquoted. */
    List<String> cliArgs();

    /** The command line a person would type, each word POSIX shell-quoted as needed. */
    default String cliLine() {
        return ShellQuote.join(cliArgs());
    }
}
