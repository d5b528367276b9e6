package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.CreateVolume;
import io.dockyard.intent.NameRules;
import io.dockyard.intent.PruneVolumes;
import io.dockyard.intent.RemoveVolume;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.Relations;
import io.dockyard.model.VolumeRecord;
import io.dockyard.text.ByteSize;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What can be done to volumes: make one, remove one, prune the unused ones. Removal and prune
 * delete data, so their confirmation names each volume; a volume that containers mount is
 * refused before anything is sent, naming them.
 */
public final class VolumeActions {
    private final ActionRunner runner;
    private final Supplier<Window> owner;

    public VolumeActions(ActionRunner runner, Supplier<Window> owner) {
        this.runner = runner;
        this.owner = owner;
    }

    /** The menu of one volume on the yard (id {@code volume-menu}). */
    public ContextMenu forVolume(VolumeRecord volume, Relations relations) {
        ContextMenu menu = new ContextMenu(
                Items.item("Remove…", "volume-rm", false, () -> remove(volume, relations)),
                new SeparatorMenuItem(),
                newVolumeItem(),
                pruneItem());
        menu.setId("volume-menu");
        return menu;
    }

    /** "New volume…" for the empty yard's menu. */
    public MenuItem newVolumeItem() {
        return Items.item("New volume…", "volume-create", false, this::create);
    }

    /** "Prune unused volumes…" for the empty yard's menu. */
    public MenuItem pruneItem() {
        return Items.item("Prune unused volumes…", "volume-prune", false, this::prune);
    }

    // Commands

    /** Asks for a name, checked against Docker's rule and the volumes that exist, then creates it. */
    public void create() {
        Prompt.ask(owner, "New volume", "A volume keeps what containers write to it after they are gone. Name it: "
                        + "letters, digits, '_', '.' or '-', at least two characters.", "", "Create",
                text -> NameRules.newVolumeName(text, runner.state()), name -> runner.perform(CreateVolume.named(name)));
    }

    /** Confirms, naming the data that goes with it; refuses while containers mount it. */
    public void remove(VolumeRecord volume, Relations relations) {
        RemoveVolume intent = new RemoveVolume(volume.name(), false);
        List<Relations.Mount> mounts = relations.mountsOf(volume.name());
        if (!mounts.isEmpty()) {
            Notice.refused(runner, owner, intent, "Volume " + volume.displayName() + " is in use",
                    inUse(volume, mounts, runner.state()));
            return;
        }
        Confirm.show(owner, "Remove volume", "Remove volume " + volume.displayName() + "?",
                Texts.paragraph("confirm-text", "Volume " + volume.name() + " and its data are deleted"
                        + (volume.hasSize() ? " (" + ByteSize.human(volume.size()) + ")" : "")
                        + ": everything containers wrote to it is gone for good. No container uses it now."),
                "Remove", true, () -> performShowingRefusal(intent));
    }

    /** Lists each unused volume (its data is deleted) and prunes them after confirmation. */
    public void prune() {
        EngineState state = runner.state();
        Relations relations = Relations.of(state);
        List<VolumeRecord> unused = unused(state, relations);
        String text = unused.isEmpty() ? "Every volume is mounted by a container: there is nothing to prune."
                : (unused.size() == 1 ? "This volume is used by no container, and its data is"
                : "These " + unused.size() + " volumes are used by no container, and their data is")
                + " deleted for good:\n" + unused.stream().map(VolumeActions::line)
                .collect(Collectors.joining("\n"));
        var dialog = Confirm.show(owner, "Prune unused volumes", "Delete unused volumes and their data?",
                Texts.paragraph("confirm-text", text), "Prune", true,
                () -> runner.perform(PruneVolumes.unusedOn(state.engine().apiVersion())));
        Confirm.button(dialog).setDisable(unused.isEmpty());
    }

    /** What {@code docker volume prune} takes: local volumes no container mounts, running or not. */
    static List<VolumeRecord> unused(EngineState state, Relations relations) {
        return state.volumes().values().stream()
                .filter(v -> !relations.isUsed(v.name()) && (v.driver().isEmpty() || v.driver().equals("local")))
                .sorted(Comparator.comparing(VolumeRecord::isAnonymous).thenComparing(VolumeRecord::name)).toList();
    }

    private static String line(VolumeRecord v) {
        return "  " + v.name() + (v.isAnonymous() ? "  (anonymous)" : "")
                + (v.hasSize() ? "  " + ByteSize.human(v.size()) : "");
    }

    static String inUse(VolumeRecord volume, List<Relations.Mount> mounts, EngineState state) {
        String users = mounts.stream().map(m -> {
            ContainerInstance c = state.containers().get(m.containerId());
            String who = c == null ? m.containerId() : c.name() + " (" + c.state().engineName() + ")";
            return who + " at " + m.destination();
        }).distinct().collect(Collectors.joining(", "));
        return "Volume " + volume.displayName() + " is mounted by " + users + ". Docker keeps a volume while any "
                + "container, running or stopped, mounts it. Remove those containers first; the volume and its data "
                + "stay until then.";
    }

    private CompletableFuture<Outcome> performShowingRefusal(RemoveVolume intent) {
        CompletableFuture<Outcome> outcome = runner.perform(intent);
        outcome.whenComplete((o, failure) -> {
            if (failure != null) {
                Notice.show(owner, "Volume " + intent.name() + " was not removed", ActionRunner.message(failure));
            }
        });
        return outcome;
    }
}
