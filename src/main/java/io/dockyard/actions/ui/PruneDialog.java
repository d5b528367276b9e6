package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.DanglingImage;
import io.dockyard.intent.PruneImages;
import io.dockyard.model.Ids;
import io.dockyard.text.ByteSize;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Map;
import java.util.function.Supplier;

/** "Prune dangling images?" listing each one and the total size before anything is deleted. */
final class PruneDialog {
    private PruneDialog() {
    }

    static void open(ActionRunner runner, Supplier<Window> owner) {
        ListView<String> list = new ListView<>();
        list.setId("prune-list");
        list.getStyleClass().add("mono");
        list.setPrefHeight(180);
        Label total = new Label("Looking for dangling images…");
        total.setId("prune-total");
        total.setWrapText(true);
        Label what = new Label("Dangling images have no name and no container uses them: usually old versions left "
                + "behind when a tag moved to a newer build.");
        what.setWrapText(true);
        VBox content = new VBox(8, what, list, total);
        content.setPrefWidth(460);
        var dialog = Confirm.show(owner, "Prune dangling images", "Remove dangling images?", content, "Prune", true,
                () -> runner.perform(PruneImages.dangling()));
        Confirm.button(dialog).setDisable(true);
        runner.onUi(runner.commands().danglingImages(Map.of())).whenComplete((images, failure) -> {
            if (failure != null) {
                total.setText(ActionRunner.message(failure));
                return;
            }
            long bytes = images.stream().mapToLong(DanglingImage::size).sum();
            images.forEach(i -> list.getItems().add(Ids.shortId(i.id()) + "   " + ByteSize.human(i.size())));
            total.setText(images.isEmpty() ? "There are no dangling images: nothing to prune."
                    : images.size() + " image(s), up to " + ByteSize.human(bytes) + " (layers shared with other images stay).");
            Confirm.button(dialog).setDisable(images.isEmpty());
        });
    }
}
