package io.dockyard.yard;

import io.dockyard.model.ImageBlueprint;
import io.dockyard.text.ByteSize;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.util.List;

/**
 * What a blueprint shows in full: its tags as the title, the read-only layer stack and a title
 * block with the facts. Built only when its blueprint is first drawn in full. Style class
 * {@code blueprint-sheet}.
 */
final class BlueprintSheet extends VBox {
    private final Label title = new Label();
    private final Label alsoTags = new Label();
    private final Label meta = new Label();
    private final Label layersCaption = new Label();
    private final LayerStack layers = new LayerStack(104, true, "layer-stack");
    private final Label usage = new Label();
    private final Label stamp = new Label("IMAGE · READ-ONLY");
    private ImageBlueprint image;

    BlueprintSheet() {
        title.getStyleClass().add("blueprint-title");
        alsoTags.getStyleClass().add("blueprint-tags");
        alsoTags.setWrapText(true);
        alsoTags.setMaxHeight(34);
        meta.getStyleClass().add("blueprint-meta");
        layersCaption.getStyleClass().add("blueprint-caption");
        usage.getStyleClass().add("blueprint-usage");
        stamp.getStyleClass().add("blueprint-stamp");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox titleBlock = new HBox(usage, gap, stamp);
        titleBlock.getStyleClass().add("title-block");
        titleBlock.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("blueprint-sheet");
        getChildren().setAll(title, alsoTags, meta, layersCaption, layers, spacer, titleBlock);
    }

    /** Shows the image as it is now; cheap when nothing changed. */
    void show(ImageBlueprint next, String usageText, Instant now) {
        if (image == null || !image.equals(next)) {
            image = next;
            title.setText(next.displayName()); // the full name: CSS cuts its middle, never its tag
            title.setTooltip(new Tooltip(String.join("\n", next.repoTags())));
            List<String> others = next.repoTags().size() > 1 ? next.repoTags().subList(1, next.repoTags().size()) : List.of();
            alsoTags.setText(others.isEmpty() ? "" : "also: " + String.join(", ", others));
            alsoTags.setVisible(!others.isEmpty());
            alsoTags.setManaged(!others.isEmpty());
            layersCaption.setText("READ-ONLY LAYERS (" + next.fileLayers().size() + ")");
            layers.setLayers(next.layers());
            stamp.setText(next.isDangling() ? "DANGLING" : "IMAGE · READ-ONLY");
        }
        meta.setText(next.shortId() + " · " + ByteSize.human(next.size()) + " · " + Format.age(next.created(), now));
        usage.setText(usageText);
    }
}
