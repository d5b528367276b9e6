package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ImageBlueprint;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.Instant;
import java.util.List;

/**
 * What an instance shows in full: header with state glyph, name and state, status, ports, marks,
 * its writable layer over a strip of the image's shared layers. Built only when its instance is
 * first drawn in full, so that a large yard seen from afar holds outlines, not a few dozen nodes
 * per container. Style class {@code instance-card}.
 */
final class InstanceCard extends VBox {
    private final Label name = new Label();
    private final Label stateText = new Label();
    private final Label status = new Label();
    private final Label ports = new Label();
    private final Label writable = new Label();
    private final LayerStack shared = new LayerStack(7, false, "shared-layers");
    private final Label sharedCaption = new Label();
    private final InstanceMarks marks = new InstanceMarks();
    private ImageBlueprint image;
    private boolean imageShown;

    /** {@code glyph} belongs to the instance (its animations run on it); the card gives it its place. */
    InstanceCard(Region glyph) {
        name.getStyleClass().add("instance-name");
        name.setMinWidth(0);
        stateText.getStyleClass().add("instance-state");
        stateText.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        StackPane glyphBox = new StackPane(glyph);
        glyphBox.getStyleClass().add("glyph-box");
        HBox header = new HBox(glyphBox, name, gap, stateText);
        header.getStyleClass().add("instance-header");
        header.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("instance-status");
        ports.getStyleClass().add("instance-ports");
        writable.getStyleClass().add("writable-layer");
        writable.setMaxWidth(Double.MAX_VALUE);
        sharedCaption.getStyleClass().add("shared-caption");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        getStyleClass().add("instance-card");
        getChildren().setAll(header, status, ports, marks, spacer, writable, shared, sharedCaption);
    }

    /** The writable layer bar, which the difference panel points at. */
    Label writableLayer() {
        return writable;
    }

    void show(ContainerInstance c, ImageBlueprint ofImage, Instant now) {
        marks.show(c);
        name.setText(c.name());
        stateText.setText(InstanceNode.stateWords(c));
        ports.setText(InstanceNode.portsText(c));
        writable.setText(InstanceNode.writableText(c));
        if (ofImage != image || !imageShown) {
            image = ofImage;
            imageShown = true;
            shared.setLayers(ofImage == null ? List.of() : ofImage.layers());
            sharedCaption.setText(ofImage == null ? "image " + YardNode.shortHex(c.imageId()) + " is gone"
                    : "shared read-only layers of " + ShortName.of(ofImage.displayName(), 24));
        }
        tick(c, now);
    }

    /** The clock-driven status words ("Up 3 minutes"). */
    void tick(ContainerInstance c, Instant now) {
        status.setText(InstanceNode.statusText(c, now));
    }
}
