package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.Intent;
import io.dockyard.intent.Parsed;
import io.dockyard.intent.RemoveService;
import io.dockyard.intent.SwarmRules;
import io.dockyard.intent.UpdateNodeAvailability;
import io.dockyard.intent.UpdateServiceImage;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmNode.Availability;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What can be done to a swarm from the yard: scale a service, update its image, remove it; drain,
 * pause or activate a node. Inputs are checked by {@link SwarmRules} as they are typed; removing a
 * service and draining a node say first what goes or moves. Every gesture is performed through the
 * {@link ActionRunner}, so the journal shows its docker command.
 */
public final class SwarmActions {
    private final ActionRunner runner;
    private final Supplier<Window> owner;

    public SwarmActions(ActionRunner runner, Supplier<Window> owner) {
        this.runner = runner;
        this.owner = owner;
    }

    /** The menu of a service's card, or of one of its tasks (id {@code service-menu}). */
    public ContextMenu forService(SwarmService service) {
        ContextMenu menu = new ContextMenu(
                Items.item("Scale…", "service-scale", service.mode() == SwarmService.Mode.GLOBAL, () -> scale(service)),
                Items.item("Update image…", "service-update", false, () -> updateImage(service)),
                new SeparatorMenuItem(),
                Items.item("Remove…", "service-rm", false, () -> remove(service)));
        menu.setId("service-menu");
        return menu;
    }

    /** The menu of a node's lane (id {@code swarm-node-menu}); the availability it has already is disabled. */
    public ContextMenu forNode(SwarmNode node) {
        ContextMenu menu = new ContextMenu(
                Items.item("Drain…", "node-drain", node.availability() == Availability.DRAIN, () -> drain(node)),
                Items.item("Pause", "node-pause", node.availability() == Availability.PAUSE,
                        () -> availability(node, Availability.PAUSE)),
                Items.item("Activate", "node-activate", node.availability() == Availability.ACTIVE,
                        () -> availability(node, Availability.ACTIVE)));
        menu.setId("swarm-node-menu");
        return menu;
    }

    // Commands

    /** Asks for the number of replicas, checked as it is typed; sends {@code docker service scale NAME=N}. */
    public void scale(SwarmService service) {
        Prompt.ask(owner, "Scale service " + service.name(), "How many tasks should service " + service.name()
                        + " run? The swarm starts or shuts down tasks until that many run (0 keeps the service and stops"
                        + " them all).", String.valueOf(service.replicas()), "Scale",
                text -> SwarmRules.scale(runner.state(), service.name(), text), runner::perform);
    }

    /** Asks for the image to run; sends {@code docker service update --image IMAGE NAME}, a rolling update. */
    public void updateImage(SwarmService service) {
        Prompt.ask(owner, "Update service " + service.name(), "The image its tasks should run. The swarm replaces"
                        + " its tasks with tasks of the new image, a few at a time, as docker service update does.",
                service.imageName(), "Update", text -> newImage(service, text), runner::perform);
    }

    /** Confirms, naming the service and each task and container that goes with it, then removes it. */
    public void remove(SwarmService service) {
        EngineState state = runner.state();
        List<SwarmTask> tasks = state.tasksOf(service.id()).stream().filter(t -> !t.isHistory()).toList();
        String text = "Service " + service.name() + " and its " + count(tasks.size(), "task") + " go: the swarm shuts"
                + " down and removes " + (tasks.size() == 1 ? "its container" : "their containers") + " on every node"
                + (tasks.isEmpty() ? "" : " (" + tasks.stream().map(t -> taskWords(state, service, t))
                .collect(Collectors.joining(", ")) + ")") + ". Its image " + service.imageName() + " stays.";
        Confirm.show(owner, "Remove service", "Remove service " + service.name() + "?",
                Texts.paragraph("confirm-text", text), "Remove", true,
                () -> showingRefusal(new RemoveService(service.name()), "Service " + service.name() + " was not removed"));
    }

    /** Confirms, saying which tasks move to other nodes, then drains the node. */
    public void drain(SwarmNode node) {
        EngineState state = runner.state();
        List<SwarmTask> tasks = state.tasks().values().stream().filter(t -> t.nodeId().equals(node.id())
                && !t.isHistory()).sorted(java.util.Comparator.comparing(t -> taskName(state, t))).toList();
        String text = tasks.isEmpty() ? "Node " + node.hostname() + " runs no task now; drained, it takes none."
                : "Its " + count(tasks.size(), "task") + " (" + tasks.stream().map(t -> taskName(state, t))
                .collect(Collectors.joining(", ")) + ") will be shut down and started again on other nodes, and "
                + node.hostname() + " takes no new ones. Activate it to let it take tasks again.";
        Confirm.show(owner, "Drain node", "Drain node " + node.hostname() + "?", Texts.paragraph("confirm-text", text),
                "Drain", true, () -> availability(node, Availability.DRAIN));
    }

    /** Sends {@code docker node update --availability WORD NODE}, or shows why not and sends nothing. */
    public CompletableFuture<Outcome> availability(SwarmNode node, Availability wanted) {
        Parsed<UpdateNodeAvailability> checked = SwarmRules.availability(runner.state(), node.id(), wanted);
        if (!checked.isOk()) {
            Notice.refused(runner, owner, new UpdateNodeAvailability(node.id(), wanted),
                    "Node " + node.hostname() + " was not changed", checked.problem());
            return CompletableFuture.failedFuture(new IllegalStateException(checked.problem()));
        }
        return showingRefusal(checked.value(), "Node " + node.hostname() + " was not changed");
    }

    /** The image checked as {@code docker service update --image} takes it, and not the one it runs already. */
    static Parsed<Intent> newImage(SwarmService service, String text) {
        Parsed<String> image = SwarmRules.serviceImage(text);
        if (!image.isOk()) {
            return Parsed.problem(image.problem());
        }
        if (image.value().equals(service.imageName()) || image.value().equals(service.image())) {
            return Parsed.problem("Service " + service.name() + " runs " + service.imageName() + " already: type the"
                    + " image it should run instead, such as another tag.");
        }
        return Parsed.ok(new UpdateServiceImage(service.name(), image.value()));
    }

    private CompletableFuture<Outcome> showingRefusal(Intent intent, String header) {
        CompletableFuture<Outcome> outcome = runner.perform(intent);
        outcome.whenComplete((o, failure) -> {
            if (failure != null) {
                Notice.show(owner, header, ActionRunner.message(failure));
            }
        });
        return outcome;
    }

    /** "web.2 on node-2, container web.2.k3". */
    private static String taskWords(EngineState state, SwarmService service, SwarmTask t) {
        SwarmNode n = state.nodes().get(t.nodeId());
        ContainerInstance c = state.containers().get(t.containerId());
        return service.name() + "." + (t.slot() > 0 ? t.slot() : t.nodeId()) + (n == null ? "" : " on " + n.hostname())
                + (c == null ? "" : ", container " + c.name());
    }

    private static String taskName(EngineState state, SwarmTask t) {
        SwarmService s = state.services().get(t.serviceId());
        return (s == null ? t.serviceId() : s.name()) + "." + (t.slot() > 0 ? String.valueOf(t.slot()) : t.nodeId());
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
