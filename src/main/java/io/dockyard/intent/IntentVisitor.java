package io.dockyard.intent;

/**
 * One answer per kind of {@link Intent}. An adapter that performs intents implements it, so a new
 * intent record does not compile until every adapter says what it does with it.
 *
 * @param <R> what handling an intent gives back
 */
public interface IntentVisitor<R> {
    R visit(RunContainer run);

    R visit(CreateContainer create);

    R visit(StartContainer start);

    R visit(StopContainer stop);

    R visit(RestartContainer restart);

    R visit(PauseContainer pause);

    R visit(UnpauseContainer unpause);

    R visit(KillContainer kill);

    R visit(RenameContainer rename);

    R visit(RemoveContainer remove);

    R visit(CommitContainer commit);

    R visit(ExecCommand exec);

    R visit(PullImage pull);

    R visit(BuildImage build);

    R visit(TagImage tag);

    R visit(RemoveImage remove);

    R visit(PruneImages prune);

    R visit(CreateVolume create);

    R visit(RemoveVolume remove);

    R visit(PruneVolumes prune);

    R visit(CreateNetwork create);

    R visit(RemoveNetwork remove);

    R visit(ConnectNetwork connect);

    R visit(DisconnectNetwork disconnect);

    R visit(StopProject stop);

    R visit(StartProject start);

    R visit(RestartProject restart);

    R visit(RemoveProject remove);

    R visit(InitSwarm init);

    R visit(CreateService create);

    R visit(ScaleService scale);

    R visit(UpdateServiceImage update);

    R visit(RemoveService remove);

    R visit(UpdateNodeAvailability update);
}
