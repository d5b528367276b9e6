package io.dockyard.intent;

import io.dockyard.model.FileChange;
import io.dockyard.model.Layer;
import io.dockyard.model.LogLine;
import io.dockyard.model.ProcessTable;
import io.dockyard.model.StatsSample;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One answer per kind of {@link Query} and {@link StreamingQuery}. An engine adapter implements it,
 * so a new query record does not compile until every adapter answers it. Unlike
 * {@link IntentVisitor} it is not generic in what it gives back: each method names its own answer
 * type, so the compiler also checks that {@code ask(new ContainerChanges(…))} yields file changes,
 * with no cast anywhere. Every answer arrives later, on a background thread.
 */
public interface QueryVisitor {
    CompletableFuture<List<FileChange>> visit(ContainerChanges changes);

    CompletableFuture<ProcessTable> visit(ContainerProcesses processes);

    CompletableFuture<List<Layer>> visit(ImageHistory history);

    CompletableFuture<Void> visit(ContainerLogs logs, Consumer<? super LogLine> lines);

    CompletableFuture<Void> visit(ContainerStats stats, Consumer<? super StatsSample> samples);
}
