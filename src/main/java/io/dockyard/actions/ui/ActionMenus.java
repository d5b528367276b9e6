package io.dockyard.actions.ui;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.ComposeProject;
import io.dockyard.model.EngineObject;
import io.dockyard.model.EngineState;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.ProjectRef;
import io.dockyard.model.Relations;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.model.VolumeRecord;
import io.dockyard.model.Target;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Context menus for instances, blueprints and the empty yard. Each item does what its docker
 * command does, and the command lands in the journal. Items that make no sense in the
 * container's state are disabled rather than hidden, so the menu teaches what exists.
 */
public final class ActionMenus {
    private final ContainerActions containers;
    private final ImageActions images;
    private final WiringActions wiring;
    private final Supplier<Window> owner;

    public ActionMenus(ContainerActions containers, ImageActions images, WiringActions wiring, Supplier<Window> owner) {
        this.containers = containers;
        this.images = images;
        this.wiring = wiring;
        this.owner = owner;
    }

    public ContainerActions containers() {
        return containers;
    }

    public ImageActions images() {
        return images;
    }

    public WiringActions wiring() {
        return wiring;
    }

    public ContextMenu forContainer(ContainerInstance c) {
        ContainerState s = c.state();
        ContextMenu menu = new ContextMenu(
                item("Start", "start", ActionKeys.START, !ContainerActions.canStart(c), () -> containers.start(c)),
                item("Stop", "stop", ActionKeys.STOP, !ContainerActions.canStop(c), () -> containers.stop(c)),
                item("Restart", "restart", ActionKeys.RESTART, s == ContainerState.REMOVING, () -> containers.restart(c)),
                item("Pause", "pause", ActionKeys.PAUSE, s != ContainerState.RUNNING, () -> containers.pause(c)),
                item("Unpause", "unpause", ActionKeys.PAUSE, s != ContainerState.PAUSED, () -> containers.unpause(c)),
                item("Kill", "kill", ActionKeys.KILL, !s.hasProcess(), () -> containers.kill(c)),
                new SeparatorMenuItem(),
                item("Logs…", "logs", ActionKeys.LOGS, false, () -> containers.logs(c)),
                item("Changes (diff)…", "diff", ActionKeys.CHANGES, false, () -> containers.changes(c)),
                item("Processes (top)…", "top", null, !ContainerActions.isRunning(c), () -> containers.processes(c)),
                item("CPU and memory…", "stats", null, !ContainerActions.isRunning(c), () -> containers.stats(c)),
                item("Run a command (exec)…", "exec", ActionKeys.EXEC, !ContainerActions.isRunning(c),
                        () -> containers.exec(c)),
                new SeparatorMenuItem(),
                item("Rename…", "rename", ActionKeys.RENAME, false, () -> containers.rename(c)),
                item("Commit to a new image…", "commit", null, false, () -> containers.commit(c)),
                item("Remove…", "rm", ActionKeys.REMOVE, false, () -> containers.remove(c)));
        menu.setId("container-menu");
        return menu;
    }

    /**
     * @param runAt runs the image at a yard point with a ghost (from {@link DragToRun#runAt}); may be
     *              null, then the run has no ghost
     */
    public ContextMenu forBlueprint(ImageBlueprint image, Consumer<Boolean> runAt) {
        Runnable run = runAt == null ? () -> images.run(image) : () -> runAt.accept(false);
        Runnable runWith = runAt == null ? () -> images.runWithOptions(image, f -> { }) : () -> runAt.accept(true);
        ContextMenu menu = new ContextMenu(
                item("Run", "run", null, false, run),
                item("Run with options…", "run-options", null, false, runWith),
                new SeparatorMenuItem(),
                item("Tag…", "tag", null, false, () -> images.tag(image)),
                item("History…", "history", null, false, () -> images.history(image)),
                item("Remove…", "rmi", null, false, () -> images.remove(image)));
        menu.setId("blueprint-menu");
        return menu;
    }

    /** For the empty yard: pull, build from a folder, prune dangling images; new volumes and networks. */
    public ContextMenu forYard() {
        ContextMenu menu = new ContextMenu(
                item("Pull an image…", "pull", null, false, () -> images.pull("")),
                item("Build from a folder…", "build", null, false, this::chooseBuildFolder),
                item("Prune dangling images…", "prune", null, false, images::pruneDangling),
                new SeparatorMenuItem(),
                wiring.volumes().newVolumeItem(),
                wiring.networks().newNetworkItem(),
                wiring.volumes().pruneItem());
        menu.setId("yard-menu");
        return menu;
    }

    /**
     * Shows the right menu on a right click (or the keyboard's menu key) anywhere on the yard:
     * blueprints and instances are recognised by their style class and id, never by the yard's
     * own classes; elsewhere the yard menu (pull, build, prune) opens.
     *
     * @param drag the yard's drag-to-run, so that "Run" from a blueprint menu shows a ghost; may be null
     */
    public void installOn(javafx.scene.layout.Pane yard, Supplier<io.dockyard.model.EngineState> state, DragToRun drag,
                          Function<javafx.scene.Node, Optional<Target>> targetAt) {
        ContextMenu[] showing = {null};
        java.util.function.BiConsumer<javafx.scene.Node, double[]> open = (picked, at) -> {
            ContextMenu menu = menuFor(targetAt.apply(picked), state.get(), drag, at);
            if (showing[0] != null) {
                showing[0].hide();
            }
            showing[0] = menu;
            menu.show(yard, at[2], at[3]);
        };
        yard.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                open.accept(e.getPickResult().getIntersectedNode(), new double[]{e.getX(), e.getY(), e.getScreenX(), e.getScreenY()});
                e.consume();
            }
        });
        yard.addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger()) {
                open.accept(e.getPickResult().getIntersectedNode(), new double[]{e.getX(), e.getY(), e.getScreenX(), e.getScreenY()});
            }
            e.consume();
        });
    }

    private ContextMenu menuFor(Optional<Target> target, EngineState state, DragToRun drag, double[] at) {
        if (target.isEmpty()) {
            return forYard();
        }
        if (target.get() instanceof ProjectRef project) {
            ComposeProject found = Relations.of(state).projects().get(project.name());
            return found == null ? forYard() : wiring.projects().forProject(found);
        }
        Optional<EngineObject> object = state.find((ObjectRef) target.get());
        if (object.isEmpty()) {
            return forYard();
        }
        // the switch on the sealed kinds of object: a new kind does not compile until it has a menu
        return switch (object.get().kind()) {
            case IMAGE -> {
                ImageBlueprint image = (ImageBlueprint) object.get();
                yield forBlueprint(image, drag == null ? null
                        : withOptions -> drag.runAt(image, at[0] + 260, at[1], withOptions));
            }
            case CONTAINER -> forContainer((ContainerInstance) object.get());
            case VOLUME -> wiring.volumes().forVolume((VolumeRecord) object.get(), Relations.of(state));
            case NETWORK -> wiring.networks().forNetwork((NetworkRecord) object.get(), Relations.of(state));
            case NODE -> wiring.swarm().forNode((SwarmNode) object.get());
            case SERVICE -> wiring.swarm().forService((SwarmService) object.get());
            // a task is one replica of its service: its menu is the service's
            case TASK -> state.services().containsKey(((SwarmTask) object.get()).serviceId())
                    ? wiring.swarm().forService(state.services().get(((SwarmTask) object.get()).serviceId()))
                    : forYard();
        };
    }

    private void chooseBuildFolder() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a Dockerfile");
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            images.build(file.toPath());
        }
    }

    private static MenuItem item(String text, String id, javafx.scene.input.KeyCombination key, boolean disabled,
                                 Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("action-" + id);
        item.setDisable(disabled);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
