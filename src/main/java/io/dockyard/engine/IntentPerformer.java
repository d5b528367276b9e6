package io.dockyard.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.model.PruneResponse;
import com.github.dockerjava.api.model.PruneType;
import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.BuildImage;
import io.dockyard.intent.ConnectNetwork;
import io.dockyard.intent.CreateNetwork;
import io.dockyard.intent.CreateVolume;
import io.dockyard.intent.DisconnectNetwork;
import io.dockyard.intent.PruneVolumes;
import io.dockyard.intent.RemoveNetwork;
import io.dockyard.intent.RemoveProject;
import io.dockyard.intent.CreateService;
import io.dockyard.intent.InitSwarm;
import io.dockyard.intent.RemoveService;
import io.dockyard.intent.ScaleService;
import io.dockyard.intent.UpdateNodeAvailability;
import io.dockyard.intent.UpdateServiceImage;
import io.dockyard.intent.RemoveVolume;
import io.dockyard.intent.RestartProject;
import io.dockyard.intent.StartProject;
import io.dockyard.intent.StopProject;
import io.dockyard.intent.CommitContainer;
import io.dockyard.intent.CreateContainer;
import io.dockyard.intent.ExecCommand;
import io.dockyard.intent.IntentVisitor;
import io.dockyard.intent.KillContainer;
import io.dockyard.intent.PauseContainer;
import io.dockyard.intent.PruneImages;
import io.dockyard.intent.PullImage;
import io.dockyard.intent.RemoveContainer;
import io.dockyard.intent.RemoveImage;
import io.dockyard.intent.RenameContainer;
import io.dockyard.intent.RestartContainer;
import io.dockyard.intent.RunContainer;
import io.dockyard.intent.StartContainer;
import io.dockyard.intent.StopContainer;
import io.dockyard.intent.TagImage;
import io.dockyard.intent.UnpauseContainer;
import io.dockyard.model.Ids;
import io.dockyard.text.ByteSize;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Performs each kind of intent with docker-java. Requests run through {@link DockerEngineCommands.Calls}
 * with a time limit; pull and build are streams and end when cancelled. Being a visitor, it cannot
 * compile without a handler for every intent record.
 */
final class IntentPerformer implements IntentVisitor<CompletableFuture<Outcome>> {
    /** A project action stops and starts its containers one after the other, each up to its stop timeout. */
    private static final Duration PROJECT_LIMIT = Duration.ofMinutes(5);

    private final DockerClient requests;
    private final DockerEngineCommands.Calls calls;
    private final EngineStreams streams;
    private final ObjectCommands objects;
    private final ProjectCommands projects;
    private final SwarmCommands swarm;

    IntentPerformer(DockerClient requests, DockerEngineCommands.Calls calls, EngineStreams streams) {
        this.requests = requests;
        this.calls = calls;
        this.streams = streams;
        this.objects = new ObjectCommands(requests);
        this.projects = new ProjectCommands(requests);
        this.swarm = new SwarmCommands(requests);
    }

    private CompletableFuture<Outcome> request(Supplier<Outcome> work) {
        return calls.request(DockerEngineCommands.DEFAULT_LIMIT, work);
    }

    private CompletableFuture<Outcome> done(Runnable call, String summary) {
        return done(DockerEngineCommands.DEFAULT_LIMIT, call, summary);
    }

    private CompletableFuture<Outcome> done(Duration limit, Runnable call, String summary) {
        return calls.request(limit, () -> {
            call.run();
            return Outcome.of(summary);
        });
    }

    /** Stop and restart wait for the container as long as it is given before the kill, plus a margin. */
    private static Duration stopLimit(int wait) {
        return Duration.ofSeconds(wait + 30L);
    }

    @Override
    public CompletableFuture<Outcome> visit(RunContainer run) {
        return request(() -> {
            CreateContainerResponse created = RunSpec.create(requests, run).exec();
            // like docker run: a container that fails to start is left created, and the error is the engine's
            requests.startContainerCmd(created.getId()).exec();
            return new Outcome(Ids.shortId(created.getId()), created.getId(), "");
        });
    }

    @Override
    public CompletableFuture<Outcome> visit(CreateContainer create) {
        return request(() -> {
            CreateContainerResponse created = RunSpec.create(requests, create.asRun()).exec();
            return new Outcome(Ids.shortId(created.getId()), created.getId(), "");
        });
    }

    @Override
    public CompletableFuture<Outcome> visit(StartContainer start) {
        return done(() -> requests.startContainerCmd(start.container()).exec(), "started");
    }

    @Override
    public CompletableFuture<Outcome> visit(StopContainer stop) {
        return waitFor(stop.container(), stop.timeoutSeconds()).thenCompose(wait -> done(stopLimit(wait),
                () -> requests.stopContainerCmd(stop.container()).withTimeout(wait).exec(), "stopped"));
    }

    @Override
    public CompletableFuture<Outcome> visit(RestartContainer restart) {
        return waitFor(restart.container(), restart.timeoutSeconds()).thenCompose(wait -> done(stopLimit(wait),
                () -> requests.restartContainerCmd(restart.container()).withTimeout(wait).exec(), "restarted"));
    }

    /** The seconds asked for, else the container's own stop timeout ({@link StopTimeouts}). */
    private CompletableFuture<Integer> waitFor(String container, Integer asked) {
        return asked != null ? CompletableFuture.completedFuture(Math.max(0, asked))
                : calls.request(DockerEngineCommands.DEFAULT_LIMIT, () -> StopTimeouts.own(requests, container));
    }

    @Override
    public CompletableFuture<Outcome> visit(PauseContainer pause) {
        return done(() -> requests.pauseContainerCmd(pause.container()).exec(), "paused");
    }

    @Override
    public CompletableFuture<Outcome> visit(UnpauseContainer unpause) {
        return done(() -> requests.unpauseContainerCmd(unpause.container()).exec(), "unpaused");
    }

    @Override
    public CompletableFuture<Outcome> visit(KillContainer kill) {
        boolean plain = kill.signal() == null || kill.signal().isEmpty();
        return done(() -> {
            var cmd = requests.killContainerCmd(kill.container());
            (plain ? cmd : cmd.withSignal(kill.signal())).exec();
        }, plain ? "killed" : "sent " + kill.signal());
    }

    @Override
    public CompletableFuture<Outcome> visit(RenameContainer rename) {
        return done(() -> requests.renameContainerCmd(rename.container()).withName(rename.newName()).exec(),
                "renamed to " + rename.newName());
    }

    @Override
    public CompletableFuture<Outcome> visit(RemoveContainer remove) {
        return done(() -> requests.removeContainerCmd(remove.container()).withForce(remove.force())
                .withRemoveVolumes(remove.volumes()).exec(), "removed");
    }

    @Override
    public CompletableFuture<Outcome> visit(CommitContainer commit) {
        return request(() -> {
            var cmd = requests.commitCmd(commit.container());
            if (!commit.repoTag().isEmpty()) {
                String[] repoTag = DockerEngineCommands.splitTag(commit.repoTag());
                cmd.withRepository(repoTag[0]).withTag(repoTag[1]);
            }
            if (!commit.message().isEmpty()) {
                cmd.withMessage(commit.message());
            }
            if (!commit.changes().isEmpty()) {
                // the engine's commit request takes a config rather than Dockerfile lines; the labels
                // given there win over the container's own, as LABEL changes do
                cmd.withLabels(CommitChanges.labels(commit.changes()));
            }
            String id = cmd.exec();
            return new Outcome(Ids.shortId(id), id, "");
        });
    }

    @Override
    public CompletableFuture<Outcome> visit(ExecCommand exec) {
        return request(() -> Exec.run(requests, exec));
    }

    @Override
    public CompletableFuture<Outcome> visit(PullImage pull) {
        return streams.pull(pull, p -> { });
    }

    @Override
    public CompletableFuture<Outcome> visit(BuildImage build) {
        return streams.build(build, p -> { });
    }

    @Override
    public CompletableFuture<Outcome> visit(TagImage tag) {
        return request(() -> {
            String[] repoTag = DockerEngineCommands.splitTag(tag.target());
            requests.tagImageCmd(tag.source(), repoTag[0], repoTag[1]).exec();
            return Outcome.of("tagged " + tag.target());
        });
    }

    @Override
    public CompletableFuture<Outcome> visit(RemoveImage remove) {
        return done(() -> requests.removeImageCmd(remove.image()).withForce(remove.force()).exec(),
                "removed " + remove.image());
    }

    @Override
    public CompletableFuture<Outcome> visit(PruneImages prune) {
        return request(() -> {
            var cmd = requests.pruneCmd(PruneType.IMAGES).withDangling(true);
            if (!prune.labels().isEmpty()) {
                cmd.withLabelFilter(prune.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
            }
            PruneResponse response = cmd.exec();
            long bytes = response.getSpaceReclaimed() == null ? 0 : response.getSpaceReclaimed();
            return Outcome.of("reclaimed " + ByteSize.human(bytes));
        });
    }

    @Override
    public CompletableFuture<Outcome> visit(CreateVolume create) {
        return request(() -> objects.create(create));
    }

    @Override
    public CompletableFuture<Outcome> visit(RemoveVolume remove) {
        return request(() -> objects.remove(remove));
    }

    @Override
    public CompletableFuture<Outcome> visit(PruneVolumes prune) {
        return request(() -> objects.prune(prune));
    }

    @Override
    public CompletableFuture<Outcome> visit(CreateNetwork create) {
        return request(() -> objects.create(create));
    }

    @Override
    public CompletableFuture<Outcome> visit(RemoveNetwork remove) {
        return request(() -> objects.remove(remove));
    }

    @Override
    public CompletableFuture<Outcome> visit(ConnectNetwork connect) {
        return request(() -> objects.connect(connect));
    }

    @Override
    public CompletableFuture<Outcome> visit(DisconnectNetwork disconnect) {
        return request(() -> objects.disconnect(disconnect));
    }

    @Override
    public CompletableFuture<Outcome> visit(StopProject stop) {
        return calls.request(PROJECT_LIMIT, () -> projects.stop(stop));
    }

    @Override
    public CompletableFuture<Outcome> visit(StartProject start) {
        return calls.request(PROJECT_LIMIT, () -> projects.start(start));
    }

    @Override
    public CompletableFuture<Outcome> visit(RestartProject restart) {
        return calls.request(PROJECT_LIMIT, () -> projects.restart(restart));
    }

    @Override
    public CompletableFuture<Outcome> visit(RemoveProject remove) {
        return calls.request(PROJECT_LIMIT, () -> projects.remove(remove));
    }

    @Override
    public CompletableFuture<Outcome> visit(InitSwarm init) {
        return request(() -> swarm.init(init));
    }

    @Override
    public CompletableFuture<Outcome> visit(CreateService create) {
        // like docker service create --detach: the engine answers once the swarm has the service
        return request(() -> swarm.create(create));
    }

    @Override
    public CompletableFuture<Outcome> visit(ScaleService scale) {
        return request(() -> swarm.scale(scale));
    }

    @Override
    public CompletableFuture<Outcome> visit(UpdateServiceImage update) {
        // the engine answers once the update is accepted; the swarm rolls it out afterwards
        return request(() -> swarm.update(update));
    }

    @Override
    public CompletableFuture<Outcome> visit(RemoveService remove) {
        return request(() -> swarm.remove(remove));
    }

    @Override
    public CompletableFuture<Outcome> visit(UpdateNodeAvailability update) {
        return request(() -> swarm.availability(update));
    }
}
