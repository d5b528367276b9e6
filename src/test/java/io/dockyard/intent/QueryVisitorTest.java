package io.dockyard.intent;

import io.dockyard.model.FileChange;
import io.dockyard.model.Layer;
import io.dockyard.model.LogLine;
import io.dockyard.model.ProcessTable;
import io.dockyard.model.StatsSample;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each query reaches its own visitor method, with itself, and its answer comes back with the type it promises. */
class QueryVisitorTest {
    private static final Instant T = Instant.parse("2026-01-02T03:04:05Z");

    /** Answers each kind with a value that names the query it was given, and records the calls. */
    private static final class Recording implements QueryVisitor {
        final List<String> calls = new ArrayList<>();

        @Override
        public CompletableFuture<List<FileChange>> visit(ContainerChanges changes) {
            calls.add("changes " + changes.container());
            return CompletableFuture.completedFuture(List.of(new FileChange(FileChange.Kind.ADDED, "/" + changes.container())));
        }

        @Override
        public CompletableFuture<ProcessTable> visit(ContainerProcesses processes) {
            calls.add("processes " + processes.container());
            return CompletableFuture.completedFuture(new ProcessTable(List.of("CMD"), List.of(List.of(processes.container()))));
        }

        @Override
        public CompletableFuture<List<Layer>> visit(ImageHistory history) {
            calls.add("history " + history.image());
            return CompletableFuture.completedFuture(List.of(new Layer("<missing>", "COPY " + history.image(), 1, T)));
        }

        @Override
        public CompletableFuture<Void> visit(ContainerLogs logs, Consumer<? super LogLine> lines) {
            calls.add("logs " + logs.container() + " follow=" + logs.follow());
            lines.accept(new LogLine(T, false, "one"));
            lines.accept(new LogLine(T, true, "two"));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> visit(ContainerStats stats, Consumer<? super StatsSample> samples) {
            calls.add("stats " + stats.container());
            samples.accept(new StatsSample(T, 12.5, 100, 1000));
            return CompletableFuture.completedFuture(null);
        }
    }

    @Test
    void eachOneAnswerQueryReachesItsOwnMethod() {
        Recording visitor = new Recording();
        List<FileChange> changes = new ContainerChanges("a").accept(visitor).join();
        ProcessTable processes = new ContainerProcesses("b").accept(visitor).join();
        List<Layer> layers = new ImageHistory("c:1").accept(visitor).join();
        assertEquals(List.of("changes a", "processes b", "history c:1"), visitor.calls);
        assertEquals("A /a", changes.get(0).toString());
        assertEquals(List.of(List.of("b")), processes.rows());
        assertEquals("COPY c:1", layers.get(0).createdBy());
    }

    /** As the engine port asks: one generic entry, the answer typed by the query alone. */
    @Test
    void aGenericAskKeepsTheQuerysAnswerType() {
        Recording visitor = new Recording();
        ProcessTable top = ask(visitor, new ContainerProcesses("web"));
        assertEquals(List.of("CMD"), top.titles());
        assertEquals(List.of("processes web"), visitor.calls);
    }

    private static <T> T ask(QueryVisitor visitor, Query<T> query) {
        return query.accept(visitor).join();
    }

    @Test
    void eachStreamingQueryFeedsItsPiecesToTheSink() {
        Recording visitor = new Recording();
        List<Object> pieces = new ArrayList<>();
        new ContainerLogs("web", ContainerLogs.ALL, true, false).accept(visitor, pieces::add).join();
        new ContainerStats("db").accept(visitor, pieces::add).join();
        assertEquals(List.of("logs web follow=true", "stats db"), visitor.calls);
        assertEquals(List.of(new LogLine(T, false, "one"), new LogLine(T, true, "two"),
                new StatsSample(T, 12.5, 100, 1000)), pieces);
    }
}
