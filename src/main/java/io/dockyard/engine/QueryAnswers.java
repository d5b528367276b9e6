package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import io.dockyard.intent.ContainerChanges;
import io.dockyard.intent.ContainerLogs;
import io.dockyard.intent.ContainerProcesses;
import io.dockyard.intent.ContainerStats;
import io.dockyard.intent.ImageHistory;
import io.dockyard.intent.QueryVisitor;
import io.dockyard.model.FileChange;
import io.dockyard.model.Layer;
import io.dockyard.model.LogLine;
import io.dockyard.model.ProcessTable;
import io.dockyard.model.StatsSample;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Answers each query with docker-java: the one-answer queries as requests with a time limit,
 * logs and stats as streams that end when cancelled.
 */
final class QueryAnswers implements QueryVisitor {
    private final DockerClient requests;
    private final DockerEngineCommands.Calls calls;
    private final EngineStreams streams;

    QueryAnswers(DockerClient requests, DockerEngineCommands.Calls calls, EngineStreams streams) {
        this.requests = requests;
        this.calls = calls;
        this.streams = streams;
    }

    @Override
    public CompletableFuture<List<FileChange>> visit(ContainerChanges changes) {
        return calls.request(DockerEngineCommands.DEFAULT_LIMIT,
                () -> ModelMapper.changes(requests.containerDiffCmd(changes.container()).exec()));
    }

    @Override
    public CompletableFuture<ProcessTable> visit(ContainerProcesses processes) {
        return calls.request(DockerEngineCommands.DEFAULT_LIMIT,
                () -> ModelMapper.processes(requests.topContainerCmd(processes.container()).exec()));
    }

    @Override
    public CompletableFuture<List<Layer>> visit(ImageHistory history) {
        return calls.request(DockerEngineCommands.DEFAULT_LIMIT,
                () -> ModelMapper.layers(requests.imageHistoryCmd(history.image()).exec()));
    }

    @Override
    public CompletableFuture<Void> visit(ContainerLogs logs, Consumer<? super LogLine> lines) {
        return streams.logs(logs, lines);
    }

    @Override
    public CompletableFuture<Void> visit(ContainerStats stats, Consumer<? super StatsSample> samples) {
        return streams.stats(stats, samples);
    }
}
