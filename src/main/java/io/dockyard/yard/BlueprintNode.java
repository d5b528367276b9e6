package io.dockyard.yard;

import io.dockyard.model.ImageBlueprint;
import io.dockyard.text.ByteSize;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.util.List;

/**
 * An image drawn as a technical drawing: a sheet with a dashed inner frame, its tags as the
 * title, the read-only layer stack, and a title block with the facts. Style class {@code blueprint},
 * id {@code image-<12 hex>}; untagged images get the {@code :dangling} pseudo-class.
 */
public final class BlueprintNode extends YardNode {
    static final PseudoClass DANGLING = PseudoClass.getPseudoClass("dangling");
    /** How many characters of a tag the large summary has room for. */
    /** What fits on one line of the overview's summary at its font size (wider text would lose its tag). */
    static final int SUMMARY_CHARS = 12;

    private final Label title = new Label();
    private final Label alsoTags = new Label();
    private final Label meta = new Label();
    private final Label layersCaption = new Label();
    private final LayerStack layers = new LayerStack(104, true, "layer-stack");
    private final Label usage = new Label();
    private final Label stamp = new Label("IMAGE · READ-ONLY");
    private final VBox sheet = new VBox();
    private ImageBlueprint image;

    public BlueprintNode(io.dockyard.model.ObjectRef ref) {
        super(ref, ref.id(), YardLayout.BLUEPRINT_W, YardLayout.LANE_H);
        getStyleClass().add("blueprint");
        setId(YardIds.of(ref));
        createView();
    }

    private void createView() {
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
        sheet.getStyleClass().add("blueprint-sheet");
        sheet.getChildren().setAll(title, alsoTags, meta, layersCaption, layers, spacer, titleBlock);
        getChildren().add(sheet);
    }

    @Override
    protected Node detail() {
        return sheet;
    }

    public ImageBlueprint image() {
        return image;
    }

    /** Shows the image as it is now; cheap when nothing changed. */
    public void update(ImageBlueprint next, int instances, Instant now) {
        if (image == null || !image.equals(next)) {
            image = next;
            title.setText(next.displayName()); // the full name: CSS cuts its middle, never its tag
            title.setTooltip(new javafx.scene.control.Tooltip(String.join("\n", next.repoTags())));
            List<String> others = next.repoTags().size() > 1 ? next.repoTags().subList(1, next.repoTags().size()) : List.of();
            alsoTags.setText(others.isEmpty() ? "" : "also: " + String.join(", ", others));
            alsoTags.setVisible(!others.isEmpty());
            alsoTags.setManaged(!others.isEmpty());
            int fileLayers = next.fileLayers().size();
            layersCaption.setText("READ-ONLY LAYERS (" + fileLayers + ")");
            layers.setLayers(next.layers());
            pseudoClassStateChanged(DANGLING, next.isUntagged());
            stamp.setText(next.isUntagged() ? "DANGLING" : "IMAGE · READ-ONLY");
        }
        meta.setText(next.shortId() + " · " + ByteSize.human(next.size()) + " · "
                + Format.age(next.created(), now));
        usage.setText(usageText(next, instances));
        setSummary(ShortName.of(next.displayName(), SUMMARY_CHARS) + "\n" + (instances > 0 ? usageText(next, instances)
                : next.isUntagged() ? "dangling" : "no instance"));
    }

    private static String usageText(ImageBlueprint image, int instances) {
        if (instances == 0) {
            return image.isUntagged() ? "no tag, unused: prune removes it" : "no instance yet";
        }
        return instances == 1 ? "1 instance" : instances + " instances";
    }
}
