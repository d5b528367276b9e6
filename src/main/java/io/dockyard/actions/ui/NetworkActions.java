package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.ConnectNetwork;
import io.dockyard.intent.CreateNetwork;
import io.dockyard.intent.DisconnectNetwork;
import io.dockyard.intent.NameRules;
import io.dockyard.intent.Parsed;
import io.dockyard.intent.RemoveNetwork;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.Relations;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What can be done to networks: make one, remove one, connect a container to one (from the menu,
 * or by dragging it onto the network's bus) and disconnect it. What the model can tell is wrong
 * (a taken name, a container already on the network, a network with containers still on it) is
 * said before anything is sent.
 */
public final class NetworkActions {
    private final ActionRunner runner;
    private final Supplier<Window> owner;

    public NetworkActions(ActionRunner runner, Supplier<Window> owner) {
        this.runner = runner;
        this.owner = owner;
    }

    /** The menu of one network on the yard (id {@code network-menu}). */
    public ContextMenu forNetwork(NetworkRecord network, Relations relations) {
        Menu disconnect = new Menu("Disconnect");
        disconnect.setId("action-network-disconnect");
        for (Relations.Link link : relations.attachedTo(network.id())) {
            runner.state().container(link.containerId()).ifPresent(c -> disconnect.getItems().add(Items.item(
                    ContainerActions.ref(c), "network-disconnect-" + ContainerActions.ref(c), false,
                    () -> disconnect(c, network))));
        }
        disconnect.setDisable(disconnect.getItems().isEmpty());
        ContextMenu menu = new ContextMenu(
                Items.item("Connect a container…", "network-connect", network.name().equals("host")
                        || network.name().equals("none"), () -> ConnectDialog.open(this, runner, owner, network)),
                disconnect,
                new SeparatorMenuItem(),
                Items.item("Remove…", "network-rm", network.isDefault(), () -> remove(network, relations)),
                new SeparatorMenuItem(),
                newNetworkItem());
        menu.setId("network-menu");
        return menu;
    }

    /** "New network…" for the empty yard's menu. */
    public MenuItem newNetworkItem() {
        return Items.item("New network…", "network-create", false, this::create);
    }

    // Commands

    /** Asks for a name, checked against the networks that exist, then creates a bridge network. */
    public void create() {
        Prompt.ask(owner, "New network", "Containers on the same user-defined network reach each other by name. "
                        + "Name it: letters, digits, '_', '.' or '-'.", "", "Create",
                text -> NameRules.newNetworkName(text, runner.state()), name -> runner.perform(CreateNetwork.named(name)));
    }

    /**
     * Connects the container to the network (the drag of an instance onto a bus). A connection the
     * model can tell is wrong is refused with a message and never sent; the future then fails with
     * that message.
     */
    public CompletableFuture<Outcome> connect(ContainerInstance container, NetworkRecord network) {
        return connect(container, network, List.of());
    }

    CompletableFuture<Outcome> connect(ContainerInstance container, NetworkRecord network, List<String> aliases) {
        Parsed<ConnectNetwork> checked = NameRules.connect(network, container, aliases);
        if (!checked.isOk()) {
            Notice.refused(runner, owner, new ConnectNetwork(network.name(), ContainerActions.ref(container), aliases),
                    "Cannot connect " + ContainerActions.ref(container) + " to " + network.name(), checked.problem());
            return CompletableFuture.failedFuture(new IllegalArgumentException(checked.problem()));
        }
        return runner.perform(checked.value());
    }

    public CompletableFuture<Outcome> disconnect(ContainerInstance container, NetworkRecord network) {
        return runner.perform(new DisconnectNetwork(network.name(), ContainerActions.ref(container)));
    }

    /** Confirms and removes; refused while containers are attached, naming them. */
    public void remove(NetworkRecord network, Relations relations) {
        RemoveNetwork intent = new RemoveNetwork(network.name());
        if (network.isDefault()) {
            Notice.refused(runner, owner, intent, "Network " + network.name() + " cannot be removed",
                    "'" + network.name() + "' is one of the networks every engine has; Docker does not remove it.");
            return;
        }
        List<String> attached = relations.attachedTo(network.id()).stream()
                .map(l -> runner.state().container(l.containerId()).map(c -> c.name() + " (" + c.state().engineName()
                        + ")").orElse(l.containerId())).toList();
        if (!attached.isEmpty()) {
            Notice.refused(runner, owner, intent, "Network " + network.name() + " is in use", "Network "
                    + network.name() + " still has " + attached.size() + " container" + (attached.size() == 1 ? "" : "s")
                    + " attached: " + String.join(", ", attached) + ". Disconnect or remove them first.");
            return;
        }
        Confirm.show(owner, "Remove network", "Remove network " + network.name() + "?",
                Texts.paragraph("confirm-text", "Network " + network.name() + " (" + String.join(", ", network.subnets())
                        + ") is deleted. No container is attached to it; no data is lost."),
                "Remove", true, () -> runner.perform(intent));
    }
}
