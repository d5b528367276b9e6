package io.dockyard.yard;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Stands in for an image that is gone from the engine while containers still use it
 * ({@code docker rmi -f}). Their links end here, so nothing floats unexplained.
 * Style class {@code missing-image}, id {@code missing-<12 hex>} (not {@code blueprint}: it is not an image).
 */
public final class MissingImageNode extends YardNode {
    private final VBox body = new VBox();
    private final Label count = new Label();

    public MissingImageNode(io.dockyard.model.ObjectRef ref) {
        super(ref, ref.id(), YardLayout.BLUEPRINT_W, YardLayout.MISSING_H);
        String imageId = ref.id();
        getStyleClass().add("missing-image");
        setId("missing-" + (imageId.isEmpty() ? "unknown" : shortHex(imageId)));
        Label title = new Label(imageId.isEmpty() ? "image not known yet" : "missing image " + shortHex(imageId));
        title.getStyleClass().add("missing-title");
        Label why = new Label(imageId.isEmpty() ? "waiting for the engine's details"
                : "removed from the engine; its containers keep their copy of the layers");
        why.setWrapText(true);
        why.getStyleClass().add("missing-why");
        count.getStyleClass().add("missing-count");
        body.getStyleClass().add("missing-body");
        body.getChildren().setAll(title, why, count);
        setSummary(title.getText());
        getChildren().add(body);
    }

    @Override
    public java.util.Optional<io.dockyard.model.Target> pointsAt() {
        return java.util.Optional.empty();
    }

    @Override
    protected Node detail() {
        return body;
    }

    public void update(int instances) {
        count.setText(instances == 1 ? "1 instance still uses it" : instances + " instances still use it");
    }
}
