package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.ComposeCli;
import io.dockyard.intent.ProjectIntent;
import io.dockyard.intent.RemoveProject;
import io.dockyard.intent.RestartProject;
import io.dockyard.intent.StartProject;
import io.dockyard.intent.StopProject;
import io.dockyard.model.ComposeProject;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.NetworkRecord;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What can be done to a compose project as a whole: stop, start, restart, remove. The engine acts
 * on the project's containers; the journal shows the compose command the user has, found in the
 * background the first time it is needed.
 */
public final class ProjectActions {
    private final ActionRunner runner;
    private final Supplier<Window> owner;

    public ProjectActions(ActionRunner runner, Supplier<Window> owner) {
        this.runner = runner;
        this.owner = owner;
        runner.commands().composeCli(); // asked now, so the first gesture finds the answer ready
    }

    /** The menu of one project frame (id {@code project-menu}). */
    public ContextMenu forProject(ComposeProject project) {
        List<ContainerInstance> members = members(runner.state(), project);
        boolean anyRunning = members.stream().anyMatch(c -> c.state().hasProcess());
        boolean anyStopped = members.stream().anyMatch(c -> !c.state().hasProcess());
        ContextMenu menu = new ContextMenu(
                Items.item("Start", "project-start", !anyStopped, () -> start(project)),
                Items.item("Stop", "project-stop", !anyRunning, () -> stop(project)),
                Items.item("Restart", "project-restart", members.isEmpty(), () -> restart(project)),
                new SeparatorMenuItem(),
                Items.item("Remove…", "project-rm", members.isEmpty(), () -> remove(project)));
        menu.setId("project-menu");
        return menu;
    }

    // Commands

    public CompletableFuture<Outcome> stop(ComposeProject project) {
        return perform(cli -> new StopProject(project.name(), cli, names(project)));
    }

    public CompletableFuture<Outcome> start(ComposeProject project) {
        return perform(cli -> new StartProject(project.name(), cli, names(project)));
    }

    public CompletableFuture<Outcome> restart(ComposeProject project) {
        return perform(cli -> new RestartProject(project.name(), cli, names(project)));
    }

    /** Confirms, naming each container it takes, its networks and, when ticked, its volumes and their data. */
    public void remove(ComposeProject project) {
        EngineState state = runner.state();
        List<String> networks = networkNames(state, project);
        CheckBox volumes = new CheckBox("Also remove its volumes, and their data: " + (project.volumeNames().isEmpty()
                ? "it has none" : String.join(", ", project.volumeNames())));
        volumes.setId("project-rm-volumes");
        volumes.setWrapText(true);
        volumes.setDisable(project.volumeNames().isEmpty());
        VBox content = new VBox(10, Texts.paragraph("confirm-text", removalText(state, project, networks)), volumes);
        Confirm.show(owner, "Remove compose project", "Remove compose project " + project.name() + "?", content,
                "Remove project", true, () -> perform(cli -> new RemoveProject(project.name(), cli, names(project),
                        networks, project.volumeNames(), volumes.isSelected())));
    }

    static String removalText(EngineState state, ComposeProject project, List<String> networks) {
        List<ContainerInstance> members = members(state, project);
        String containers = members.stream().map(c -> c.name() + " (" + (c.composeService().isEmpty() ? ""
                : "service " + c.composeService() + ", ") + c.state().engineName() + ")").collect(Collectors.joining(", "));
        return "Its " + members.size() + " container" + (members.size() == 1 ? " is" : "s are") + " stopped and removed,"
                + " with everything written to their writable layers: " + containers + "."
                + (networks.isEmpty() ? "" : " Its network" + (networks.size() == 1 ? " is" : "s are") + " removed: "
                + String.join(", ", networks) + ".")
                + " Its images stay, so docker compose up can bring it back.";
    }

    private CompletableFuture<Outcome> perform(Function<ComposeCli, ProjectIntent> intent) {
        return runner.onUi(runner.commands().composeCli()).exceptionally(unknown -> ComposeCli.NONE)
                .thenCompose(cli -> runner.perform(intent.apply(cli)));
    }

    private List<String> names(ComposeProject project) {
        return members(runner.state(), project).stream().map(ContainerActions::ref).toList();
    }

    private static List<ContainerInstance> members(EngineState state, ComposeProject project) {
        return project.containerIds().stream().map(id -> state.containers().get(id)).filter(Objects::nonNull).toList();
    }

    private static List<String> networkNames(EngineState state, ComposeProject project) {
        return project.networkIds().stream().map(id -> state.networks().get(id)).filter(Objects::nonNull)
                .map(NetworkRecord::name).toList();
    }
}
