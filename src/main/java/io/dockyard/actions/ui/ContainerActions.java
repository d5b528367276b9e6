package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.CommitContainer;
import io.dockyard.intent.ImageRefs;
import io.dockyard.intent.InputRules;
import io.dockyard.intent.KillContainer;
import io.dockyard.intent.Parsed;
import io.dockyard.intent.PauseContainer;
import io.dockyard.intent.RenameContainer;
import io.dockyard.intent.RestartContainer;
import io.dockyard.intent.StartContainer;
import io.dockyard.intent.StopContainer;
import io.dockyard.intent.UnpauseContainer;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What can be done to one container. Simple actions go straight to the engine (and the journal);
 * the ones that lose data or need words ask first.
 */
public final class ContainerActions {
    private final ActionRunner runner;
    private final Supplier<Window> owner;

    public ContainerActions(ActionRunner runner, Supplier<Window> owner) {
        this.runner = runner;
        this.owner = owner;
    }

    /** How intents name the container: by name, as a person would type it. */
    static String ref(ContainerInstance c) {
        return c.name().isEmpty() ? c.shortId() : c.name();
    }

    public static boolean canStart(ContainerInstance c) {
        return c.state() == ContainerState.CREATED || c.state() == ContainerState.EXITED;
    }

    public static boolean canStop(ContainerInstance c) {
        return c.state().hasProcess();
    }

    public static boolean isRunning(ContainerInstance c) {
        return c.state() == ContainerState.RUNNING;
    }

    // Commands

    public CompletableFuture<Outcome> start(ContainerInstance c) {
        return runner.perform(new StartContainer(ref(c)));
    }

    public CompletableFuture<Outcome> stop(ContainerInstance c) {
        return runner.perform(StopContainer.of(ref(c)));
    }

    public CompletableFuture<Outcome> restart(ContainerInstance c) {
        return runner.perform(RestartContainer.of(ref(c)));
    }

    public CompletableFuture<Outcome> pause(ContainerInstance c) {
        return runner.perform(new PauseContainer(ref(c)));
    }

    public CompletableFuture<Outcome> unpause(ContainerInstance c) {
        return runner.perform(new UnpauseContainer(ref(c)));
    }

    public CompletableFuture<Outcome> kill(ContainerInstance c) {
        return runner.perform(KillContainer.of(ref(c)));
    }

    /** Asks for a new name, checked as it is typed. */
    public void rename(ContainerInstance c) {
        Prompt.ask(owner, "Rename " + ref(c), "A new name: letters, digits, '_', '.' or '-', at least two characters.",
                c.name(), "Rename", text -> {
                    Parsed<String> name = InputRules.containerName(text);
                    if (name.isOk() && name.value().isEmpty()) {
                        return Parsed.problem("Type the new name.");
                    }
                    if (name.isOk() && runner.state().containers().values().stream()
                            .anyMatch(o -> o.name().equals(name.value()) && !o.id().equals(c.id()))) {
                        return Parsed.problem("Another container is already called '" + name.value() + "'.");
                    }
                    return name;
                }, name -> runner.perform(new RenameContainer(ref(c), name)));
    }

    /** Asks for the new image's name: changes in a container are lost on removal unless committed. */
    public void commit(ContainerInstance c) {
        String suggestion = c.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]", "") + "-snapshot:1";
        Prompt.ask(owner, "Commit " + ref(c) + " to a new image",
                "Saves this container's writable layer as a new image (a new blueprint). Without a commit, its "
                        + "changes disappear when the container is removed. Name the image repository:tag.",
                suggestion, "Commit", ImageRefs::tagTarget, tag -> runner.perform(new CommitContainer(ref(c), tag, "")));
    }

    /** Confirms, naming the writable layer, volumes and force, then removes. */
    public void remove(ContainerInstance c) {
        RemoveContainerDialog.show(runner, owner, c);
    }

    public void logs(ContainerInstance c) {
        LogsWindow.open(runner, owner, ref(c));
    }

    public void changes(ContainerInstance c) {
        ChangesWindow.open(runner, owner, ref(c));
    }

    public void processes(ContainerInstance c) {
        ProcessesWindow.open(runner, owner, ref(c));
    }

    public void stats(ContainerInstance c) {
        StatsWindow.open(runner, owner, ref(c));
    }

    /** Live CPU and memory sparklines; they listen only while the node is in a scene. */
    public StatsView statsView(ContainerInstance c) {
        return new StatsView(runner, ref(c));
    }

    public void exec(ContainerInstance c) {
        ExecDialog.open(runner, owner, ref(c));
    }
}
