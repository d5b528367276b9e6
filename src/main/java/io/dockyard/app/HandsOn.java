package io.dockyard.app;

import io.dockyard.actions.HostPorts;
import io.dockyard.actions.ui.ActionBar;
import io.dockyard.actions.ui.ActionKeys;
import io.dockyard.actions.ui.ActionMenus;
import io.dockyard.actions.ui.ActionRunner;
import io.dockyard.actions.ui.ContainerActions;
import io.dockyard.actions.ui.DragToRun;
import io.dockyard.actions.ui.ImageActions;
import io.dockyard.engine.EngineCommands;
import io.dockyard.inspect.InspectorView;
import io.dockyard.journal.CommandJournal;
import io.dockyard.journal.JournalView;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.Ids;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.sync.EngineStore;
import io.dockyard.yard.Selection;
import io.dockyard.yard.YardView;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import javafx.stage.Window;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
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
    private final JournalView journalView;
    private ContextMenu open;

    HandsOn(YardView yard, InspectorView inspector, EngineStore store, EngineCommands commands, Executor ui, Clock clock) {
        this.yard = yard;
        this.store = store;
        this.journal = new CommandJournal(clock);
        this.runner = new ActionRunner(commands, journal, store::current, ui);
        Supplier<Window> owner = () -> yard.getScene() == null ? null : yard.getScene().getWindow();
        ContainerActions containers = new ContainerActions(runner, owner);
        ImageActions images = new ImageActions(runner, owner, ids -> yard.highlight(ids,
                "These containers use the image: remove them first, or force the removal."), HostPorts.system());
        this.menus = new ActionMenus(containers, images, owner);
        this.dragToRun = DragToRun.install(yard, runner, images);
        this.journalView = new JournalView(journal);
        inspector.setActions(subject -> subject.isContainer() ? ActionBar.forContainer(subject.container(), menus)
                : ActionBar.forBlueprint(subject.image(), menus));
        ActionKeys.install(yard, this::selectedContainer, containers);
        yard.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        store.subscribe(dragToRun::show);
        store.subscribeEvents(journalView::showEvents);
    }

    JournalView journalView() {
        return journalView;
    }

    ActionRunner runner() {
        return runner;
    }

    private ContainerInstance selectedContainer() {
        Selection s = yard.selectionProperty().get();
        return s == null || s.isImage() ? null : store.current().container(s.id()).orElse(null);
    }

    private void contextMenu(ContextMenuEvent e) {
        if (open != null) {
            open.hide();
        }
        EngineState state = store.current();
        Node picked = e.getPickResult().getIntersectedNode();
        String nodeId = yardNodeId(picked);
        ContextMenu menu;
        if (nodeId != null && nodeId.startsWith("container-")) {
            Optional<ContainerInstance> c = byShortId(state, nodeId.substring("container-".length()));
            menu = c.map(menus::forContainer).orElse(null);
        } else if (nodeId != null && nodeId.startsWith("image-")) {
            Optional<ImageBlueprint> image = state.images().values().stream()
                    .filter(i -> i.shortId().equals(nodeId.substring("image-".length()))).findFirst();
            menu = image.map(i -> menus.forBlueprint(i, withOptions -> dragToRun.runAt(i,
                    e.getX() + 320, e.getY(), withOptions))).orElse(null);
        } else {
            menu = menus.forYard();
        }
        if (menu != null) {
            open = menu;
            menu.show(yard, e.getScreenX(), e.getScreenY());
            e.consume();
        }
    }

    private static Optional<ContainerInstance> byShortId(EngineState state, String shortId) {
        return state.containers().values().stream().filter(c -> Ids.shortId(c.id()).equals(shortId)).findFirst();
    }

    /** The id of the blueprint or instance the node belongs to, walking up from what was clicked. */
    private static String yardNodeId(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            String id = n.getId();
            if (id != null && (id.startsWith("container-") || id.startsWith("image-"))) {
                return id;
            }
            if ("yard".equals(id)) {
                return null;
            }
        }
        return null;
    }
}
