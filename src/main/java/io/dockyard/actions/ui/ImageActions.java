package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.intent.HostPorts;
import io.dockyard.intent.ImageRefs;
import io.dockyard.intent.RemoveImage;
import io.dockyard.intent.RunContainer;
import io.dockyard.intent.TagImage;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ImageBlueprint;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** What can be done to one blueprint (image), and the yard-wide image actions: pull, build, prune. */
public final class ImageActions {
    private final ActionRunner runner;
    private final Supplier<Window> owner;
    private final Consumer<Set<String>> highlight;
    private final HostPorts hostPorts;
    private final Executor portProbes;

    /**
     * @param highlight  called with the ids of containers to point out (the holders of an image
     *                   that cannot be removed); an empty set clears the highlight
     * @param hostPorts  whether a host port is free (binds a socket: slow, never on the FX thread)
     * @param portProbes where {@code hostPorts} is asked
     */
    public ImageActions(ActionRunner runner, Supplier<Window> owner, Consumer<Set<String>> highlight,
                        HostPorts hostPorts, Executor portProbes) {
        this.runner = runner;
        this.owner = owner;
        this.highlight = highlight;
        this.hostPorts = hostPorts;
        this.portProbes = portProbes;
    }

    /** How intents name the image: its first tag, else its short id. */
    static String ref(ImageBlueprint image) {
        return image.isUntagged() ? image.shortId() : image.repoTags().get(0);
    }

    // Commands

    /** {@code docker run -d <image>}: Docker names it, the image's own command runs. */
    public CompletableFuture<Outcome> run(ImageBlueprint image) {
        return runner.perform(RunContainer.of(ref(image)));
    }

    /** Opens "Run with options…"; {@code onRun} receives the future of the run once the user confirms. */
    public void runWithOptions(ImageBlueprint image, Consumer<CompletableFuture<Outcome>> onRun) {
        RunDialog.open(runner, new PortCheck(hostPorts, portProbes, runner.ui()), owner, ref(image),
                intent -> onRun.accept(runner.perform(intent)));
    }

    public void tag(ImageBlueprint image) {
        Prompt.ask(owner, "Tag " + ref(image), "Give this image one more name, repository[:tag]. The image itself "
                + "is not copied: both names point at the same layers.", ref(image).replaceAll(":[^:/]*$", "") + ":new",
                "Tag", ImageRefs::tagTarget, target -> runner.perform(new TagImage(ref(image), target)));
    }

    /**
     * Removes the blueprint, or refuses when containers still use it: the refusal names them,
     * highlights them, and offers a force only behind a second confirmation.
     */
    public void remove(ImageBlueprint image) {
        List<ContainerInstance> holders = runner.state().containersOf(image.id());
        boolean onlyName = image.repoTags().size() > 1;
        if (onlyName) {
            Label text = new Label("This image has " + image.repoTags().size() + " names. Removing '" + ref(image)
                    + "' removes only that name; the image stays as " + String.join(", ",
                    image.repoTags().subList(1, image.repoTags().size())) + ".");
            text.setWrapText(true);
            Confirm.show(owner, "Remove a name", "Remove the name " + ref(image) + "?", text, "Remove name", false,
                    () -> runner.perform(new RemoveImage(ref(image), false)));
            return;
        }
        if (!holders.isEmpty()) {
            refuse(image, holders);
            return;
        }
        Label text = new Label("The image and the layers no other image shares are deleted from this machine. "
                + "It can be built or pulled again.");
        text.setWrapText(true);
        Confirm.show(owner, "Remove image", "Remove image " + ref(image) + "?", text, "Remove", true,
                () -> runner.perform(new RemoveImage(ref(image), false)));
    }

    private void refuse(ImageBlueprint image, List<ContainerInstance> holders) {
        highlight.accept(holders.stream().map(ContainerInstance::id).collect(Collectors.toSet()));
        String names = holders.stream().map(c -> c.name() + " (" + c.state().engineName() + ")")
                .collect(Collectors.joining(", "));
        String reason = "in use by " + holders.size() + " container" + (holders.size() == 1 ? "" : "s") + ": " + names;
        runner.refuse(new RemoveImage(ref(image), false), "not sent: " + reason);
        Label text = new Label("Every container is built on its image's layers, so Docker keeps an image while a "
                + "container uses it. " + holders.size() + " container(s) use " + ref(image) + ": " + names
                + ". They are highlighted in the yard. Remove them first, or force the removal: Docker then only "
                + "takes the name away, and refuses if one of them is running.");
        text.setId("remove-image-refusal");
        text.setWrapText(true);
        VBox content = new VBox(text);
        content.setPrefWidth(480);
        var dialog = Confirm.show(owner, "Image in use", "Cannot remove " + ref(image) + ": " + reason, content,
                "Force remove…", true, () -> confirmForce(image));
        dialog.resultProperty().addListener((o, a, b) -> highlight.accept(Set.of()));
    }

    private void confirmForce(ImageBlueprint image) {
        Label text = new Label("docker rmi -f " + ref(image) + " removes the image even though containers use it. "
                + "Are you sure?");
        text.setWrapText(true);
        Confirm.show(owner, "Force remove", "Force the removal of " + ref(image) + "?", text, "Force remove", true,
                () -> runner.perform(new RemoveImage(ref(image), true)));
    }

    public void history(ImageBlueprint image) {
        HistoryWindow.open(runner, owner, ref(image));
    }

    /** The pull dialog, with a progress bar per layer. */
    public void pull(String initialReference) {
        PullDialog.open(runner, owner, initialReference);
    }

    /** Builds from a folder (its Dockerfile) or from a Dockerfile (its folder is the context). */
    public void build(Path folderOrDockerfile) {
        BuildWindow.open(runner, owner, folderOrDockerfile);
    }

    /** Lists dangling images and their size; prunes them after confirmation. */
    public void pruneDangling() {
        PruneDialog.open(runner, owner);
    }
}
