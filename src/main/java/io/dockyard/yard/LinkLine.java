package io.dockyard.yard;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.shape.CubicCurve;

/**
 * The curve that joins an instance to its blueprint (or to the missing-image placeholder).
 * Style class {@code link}; its ends are bound to the two nodes' positions, so it follows them
 * through every move and animation without being touched.
 */
public final class LinkLine extends CubicCurve {
    private final String containerId;
    private YardNode target;
    private boolean highlighted;

    public LinkLine(String containerId, InstanceNode from, YardNode to) {
        this.containerId = containerId;
        getStyleClass().add("link");
        setId("link-" + YardNode.shortHex(containerId));
        setMouseTransparent(true);
        DoubleBinding fromX = from.layoutXProperty().add(from.translateXProperty());
        DoubleBinding fromY = from.layoutYProperty().add(from.translateYProperty()).add(YardLayout.INSTANCE_H / 2);
        endXProperty().bind(fromX);
        endYProperty().bind(fromY);
        controlX2Property().bind(fromX.subtract(YardLayout.LINK_GAP * 0.55));
        controlY2Property().bind(fromY);
        connect(to);
    }

    public String containerId() {
        return containerId;
    }

    public YardNode target() {
        return target;
    }

    /**
     * Points the link at another node: the image was removed, or came back. With no node (a
     * container known only from its create event, its image not yet known) the link waits hidden.
     */
    public void connect(YardNode to) {
        setVisible(to != null);
        if (to == target) {
            return;
        }
        target = to;
        if (to == null) {
            return;
        }
        DoubleBinding toX = to.layoutXProperty().add(to.widthProperty());
        DoubleBinding toY = to.layoutYProperty().add(Bindings.min(to.heightProperty().divide(2), 60.0));
        startXProperty().bind(toX);
        startYProperty().bind(toY);
        controlX1Property().bind(toX.add(YardLayout.LINK_GAP * 0.55));
        controlY1Property().bind(toY);
    }

    public void setHighlighted(boolean on) {
        highlighted = on;
        pseudoClassStateChanged(YardNode.HIGHLIGHTED, on);
    }

    public boolean isHighlighted() {
        return highlighted;
    }
}
