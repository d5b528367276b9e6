package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.StreamType;
import io.dockyard.engine.api.CommandFailed;
import io.dockyard.engine.api.EngineCommands.BuildProgress;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.engine.api.EngineCommands.PullProgress;
import io.dockyard.intent.BuildImage;
import io.dockyard.intent.ContainerLogs;
import io.dockyard.intent.ContainerStats;
import io.dockyard.intent.PullImage;
import io.dockyard.model.Ids;
import io.dockyard.model.LogLine;
import io.dockyard.model.StatsSample;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The long calls: pull, build, logs and stats, each a stream that ends when its future is cancelled. */
final class EngineStreams {
    private static final Pattern STEP = Pattern.compile("^Step (\\d+)/(\\d+) :");

    private final DockerClient docker;
    private final DockerEngineCommands.Calls calls;
    private final String host;

    EngineStreams(DockerClient docker, DockerEngineCommands.Calls calls, String host) {
        this.docker = docker;
        this.calls = calls;
        this.host = host;
    }

    CompletableFuture<Outcome> pull(PullImage pull, Consumer<PullProgress> progress) {
        String[] repoTag = pull.reference().contains("@") ? new String[]{pull.reference(), null}
                : DockerEngineCommands.splitTag(pull.reference());
        String[] summary = {"pulled " + pull.reference()};
        StreamCall<PullResponseItem, Outcome> call = new StreamCall<>(item -> {
            if (item.isErrorIndicated()) {
                return item.getErrorDetail() != null ? item.getErrorDetail().getMessage() : item.getError();
            }
            var detail = item.getProgressDetail();
            progress.accept(new PullProgress(item.getId() == null ? "" : item.getId(), nz(item.getStatus()),
                    detail == null || detail.getCurrent() == null ? 0 : detail.getCurrent(),
                    detail == null || detail.getTotal() == null ? 0 : detail.getTotal()));
            if (item.getStatus() != null && item.getStatus().startsWith("Status:")) {
                summary[0] = item.getStatus().substring(7).trim();
            }
            return null;
        }, () -> Outcome.of(summary[0]), e -> failed(EngineProblems.describePull(e, pull.reference(), host), e));
        start(call, () -> {
            var cmd = docker.pullImageCmd(repoTag[0]);
            (repoTag[1] == null ? cmd : cmd.withTag(repoTag[1])).exec(call);
        });
        return call.future;
    }

    CompletableFuture<Outcome> build(BuildImage build, Consumer<BuildProgress> progress) {
        int[] step = {0, 0};
        String[] imageId = {null};
        StreamCall<BuildResponseItem, Outcome> call = new StreamCall<>(item -> {
            if (item.isErrorIndicated()) {
                return item.getErrorDetail() != null ? item.getErrorDetail().getMessage() : item.getError();
            }
            if (item.getImageId() != null) {
                imageId[0] = item.getImageId();
            }
            for (String line : nz(item.getStream()).split("\n")) {
                Matcher m = STEP.matcher(line);
                if (m.find()) {
                    step[0] = Integer.parseInt(m.group(1));
                    step[1] = Integer.parseInt(m.group(2));
                }
                if (!line.isBlank()) {
                    progress.accept(new BuildProgress(line, step[0], step[1]));
                }
            }
            return null;
        }, () -> {
            if (imageId[0] == null) {
                throw new IllegalStateException("The build ended without naming an image.");
            }
            // the classic builder names the image by its short id; ask for the full one
            String id = docker.inspectImageCmd(imageId[0]).exec().getId();
            return new Outcome(Ids.shortId(id), id, "");
        }, e -> failed("The build failed: " + EngineProblems.engineWords(e), e));
        start(call, () -> {
            var cmd = docker.buildImageCmd(build.context().toFile()).withDockerfile(build.effectiveDockerfile().toFile())
                    .withLabels(build.labels()).withPull(false).withForcerm(build.forceRm());
            build.buildArgs().forEach(cmd::withBuildArg);
            if (!build.tag().isEmpty()) {
                cmd.withTags(Set.of(build.tag()));
            }
            cmd.exec(call);
        });
        return call.future;
    }

    /** Always with the engine's timestamps: every line carries its time, whether or not it is shown. */
    CompletableFuture<Void> logs(ContainerLogs logs, Consumer<? super LogLine> lines) {
        LogSplitter splitter = new LogSplitter(lines);
        StreamCall<Frame, Void> call = new StreamCall<>(frame -> {
            splitter.add(frame.getStreamType() == StreamType.STDERR,
                    new String(frame.getPayload(), StandardCharsets.UTF_8));
            return null;
        }, () -> {
            splitter.flush();
            return null;
        }, e -> calls.failure(e));
        start(call, () -> {
            var cmd = docker.logContainerCmd(logs.container()).withStdOut(true).withStdErr(true).withTimestamps(true)
                    .withFollowStream(logs.follow());
            (logs.tail() == ContainerLogs.ALL ? cmd.withTailAll() : cmd.withTail(logs.tail())).exec(call);
        });
        return call.future;
    }

    CompletableFuture<Void> stats(ContainerStats stats, Consumer<? super StatsSample> samples) {
        StreamCall<com.github.dockerjava.api.model.Statistics, Void> call = new StreamCall<>(s -> {
            StatsSample sample = StatsMath.sample(s);
            if (sample != null) {
                samples.accept(sample);
            }
            return null;
        }, () -> null, e -> calls.failure(e));
        start(call, () -> docker.statsCmd(stats.container()).exec(call));
        return call.future;
    }

    /** Starts the stream off the caller's thread; a refusal at the start fails the future. */
    private <I, R> void start(StreamCall<I, R> call, Runnable begin) {
        calls.request(java.time.Duration.ofSeconds(30), () -> {
            try {
                begin.run();
            } catch (RuntimeException e) {
                call.onError(e);
            }
            return null;
        }).exceptionally(e -> {
            call.onError(e);
            return null;
        });
    }

    private CommandFailed failed(String words, Throwable cause) {
        return cause instanceof CommandFailed already ? already
                : new CommandFailed(words, EngineProblems.isRefusal(cause) || cause instanceof IllegalStateException,
                cause);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    void close() {
        try {
            docker.close();
        } catch (java.io.IOException | RuntimeException ignored) {
            // closing a client that lost its engine has nothing left to report
        }
    }

}
