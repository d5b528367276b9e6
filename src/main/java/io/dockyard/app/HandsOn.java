package io.dockyard.app;

import io.dockyard.actions.ui.ActionBar;
import io.dockyard.actions.ui.ActionKeys;
import io.dockyard.actions.ui.ActionMenus;
import io.dockyard.actions.ui.ActionRunner;
import io.dockyard.actions.ui.ContainerActions;
import io.dockyard.actions.ui.DragToRun;
import io.dockyard.actions.ui.ImageActions;
import io.dockyard.actions.ui.NetworkActions;
import io.dockyard.actions.ui.WiringActions;
import io.dockyard.engine.api.EngineCommands;
import io.dockyard.inspect.InspectorView;
import io.dockyard.intent.HostPorts;
import io.dockyard.journal.CommandJournal;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.ObjectRef;
import io.dockyard.sync.EngineStore;
import io.dockyard.yard.Selection;
import io.dockyard.yard.YardView;
import javafx.stage.Window;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Wires the hands-on gestures to the yard: drag to run, context menus on blueprints, instances and
 * the empty yard, the inspector's action bar, keyboard shortcuts, and the journal that records
 * each gesture as its docker command.
 */
final class HandsOn {
    private final YardView yard;
    private final EngineStore store;
    private final CommandJournal journal;
    private final ActionRunner runner;
    private final ActionMenus menus;
    private final DragToRun dragToRun;

    /**
     * @param journal where every engine's gestures are written
     * @param target  the CLI flags that aim this engine's journal lines at it (empty with one engine)
     */
    HandsOn(YardView yard, EngineStore store, EngineCommands commands, Executor ui, CommandJournal journal,
            Supplier<String> target) {
        this.yard = yard;
        this.store = store;
        this.journal = journal;
        this.runner = new ActionRunner(commands, journal, store::current, ui, target);
        Supplier<Window> owner = () -> yard.getScene() == null ? null : yard.getScene().getWindow();
        ContainerActions containers = new ContainerActions(runner, owner);
        // an empty set means "clear": the refusal dialog closed
        ImageActions images = new ImageActions(runner, owner, ids -> {
            if (ids.isEmpty()) {
                yard.clearHighlight();
            } else {
                yard.highlight(ids, "These containers use the image: remove them first, or force the removal.");
            }
        }, HostPorts.system(), Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "dockyard-ports");
            t.setDaemon(true);
            return t;
        }));
        WiringActions wiring = WiringActions.of(runner, owner);
        this.menus = new ActionMenus(containers, images, wiring, owner);
        this.dragToRun = DragToRun.install(yard, yard::targetAt, runner, images);
        ActionKeys.install(yard, this::selectedContainer, containers);
        menus.installOn(yard, store::current, dragToRun, yard::targetAt);
        yard.setOnConnectRequested((container, network) -> connect(wiring.networks(), container, network));
        store.subscribe(dragToRun::show);
    }

    /** Has the inspector's action bar act on this engine, whose object it now shows. */
    void aim(InspectorView inspector) {
        inspector.setActions(subject -> subject.isContainer() ? ActionBar.forContainer(subject.container(), menus)
                : ActionBar.forBlueprint(subject.image(), menus));
    }

    ActionRunner runner() {
        return runner;
    }

    /** The drag of an instance onto a network's bus: {@code docker network connect}. */
    private void connect(NetworkActions networks, ObjectRef container, ObjectRef network) {
        EngineState now = store.current();
        Optional<ContainerInstance> c = now.container(container.id());
        Optional<NetworkRecord> n = now.network(network.id());
        if (c.isPresent() && n.isPresent()) {
            // a refusal (already attached, host network …) is shown and journaled by the actions
            networks.connect(c.get(), n.get());
        }
    }

    private ContainerInstance selectedContainer() {
        Selection s = yard.selectionProperty().get();
        return s == null || s.isImage() ? null : store.current().container(s.id()).orElse(null);
    }
}
