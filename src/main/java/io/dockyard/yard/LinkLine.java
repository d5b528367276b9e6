package io.dockyard.yard;

import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.CubicCurve;

/**
 * One link on the yard, named by its {@link EdgeKey}: instance → blueprint (style class
 * {@code link}, id {@code link-<container 12 hex>}), instance → volume ({@code mount}, labelled with
 * the mount path, {@code :read-only} for a {@code :ro} mount), instance → network bus
 * ({@code attachment}, labelled with the address, aliases in the tooltip), task → service
 * ({@code task-link}, {@code :history} for a task that is history), task → the container that runs
 * it ({@code runs}). Its ends follow the two
 * nodes through every move and animation without being touched.
 */
public final class LinkLine extends CubicCurve {
    static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");
    static final PseudoClass HISTORY = PseudoClass.getPseudoClass("history");

    private EdgeKey key;
    private final YardNode from;
    /** Made once the link has words or a tooltip: most links (instance → blueprint) never do. */
    private Label label;
    private final InvalidationListener follow = o -> route();
    private YardNode target;
    private EdgeSpec spec = EdgeSpec.PLAIN;
    private boolean highlighted;
    private boolean labelSized;

    public LinkLine(EdgeKey key, YardNode from, YardNode to) {
        this.key = key;
        this.from = from;
        getStyleClass().add(key.kind().styleClass());
        if (key.kind() == EdgeKey.Kind.IMAGE) {
            setId("link-" + YardNode.shortHex(key.from().id()));
        }
        setMouseTransparent(true);
        watch(from);
        connect(to);
    }

    public EdgeKey key() {
        return key;
    }

    /** The same container's image link, now to another image. */
    void rekey(EdgeKey next) {
        if (!next.from().equals(key.from()) || next.kind() != key.kind()) {
            throw new IllegalArgumentException("a link keeps its container and meaning: " + key + " → " + next);
        }
        key = next;
    }

    /** The container the link starts at. */
    public String containerId() {
        return key.from().id();
    }

    public YardNode from() {
        return from;
    }

    public YardNode target() {
        return target;
    }

    /** The words beside the link (mount path, address); lives in the links layer beside the curve. */
    public Label label() {
        if (label == null) {
            label = new Label(spec.label());
            label.getStyleClass().addAll("link-label", key.kind().styleClass() + "-label");
            label.setManaged(false);
            label.setVisible(false);
            label.pseudoClassStateChanged(READ_ONLY, spec.readOnly());
        }
        return label;
    }

    /** Whether the link has its label yet (it is made when there are words or a tooltip to show). */
    boolean hasLabel() {
        return label != null;
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
        if (target != null) {
            unwatch(target);
        }
        target = to;
        if (to != null) {
            watch(to);
            route();
        }
    }

    void show(EdgeSpec next) {
        if (next.equals(spec)) {
            return;
        }
        spec = next;
        pseudoClassStateChanged(READ_ONLY, next.readOnly());
        pseudoClassStateChanged(HISTORY, next.history());
        if (label != null || !next.label().isEmpty() || !next.tooltip().isEmpty()) {
            label().setText(next.label());
            labelSized = false;
            label.setTooltip(next.tooltip().isEmpty() ? null : new Tooltip(next.tooltip()));
            label.pseudoClassStateChanged(READ_ONLY, next.readOnly());
        }
        route();
    }

    /** Whether the label is drawn: words only where they can be read. */
    void setLabelShown(boolean on) {
        if (label == null) {
            return;
        }
        boolean shown = on && isVisible() && !spec.label().isEmpty();
        if (shown && !labelSized && label.getScene() != null) {
            label.applyCss(); // an unmanaged label is sized by hand, once its style is known
            label.autosize();
            labelSized = true;
        }
        label.setVisible(shown);
    }

    public void setHighlighted(boolean on) {
        highlighted = on;
        pseudoClassStateChanged(YardNode.HIGHLIGHTED, on);
    }

    public boolean isHighlighted() {
        return highlighted;
    }

    private void watch(YardNode n) {
        n.layoutXProperty().addListener(follow);
        n.layoutYProperty().addListener(follow);
        n.translateXProperty().addListener(follow);
        n.translateYProperty().addListener(follow);
        n.widthProperty().addListener(follow);
        n.heightProperty().addListener(follow);
    }

    private void unwatch(YardNode n) {
        n.layoutXProperty().removeListener(follow);
        n.layoutYProperty().removeListener(follow);
        n.translateXProperty().removeListener(follow);
        n.translateYProperty().removeListener(follow);
        n.widthProperty().removeListener(follow);
        n.heightProperty().removeListener(follow);
    }

    /** Stops following the nodes: the link is leaving the yard. */
    void detach() {
        unwatch(from);
        if (target != null) {
            unwatch(target);
        }
    }

    private static Box boxOf(YardNode n) {
        return new Box(n.getLayoutX() + n.getTranslateX(), n.getLayoutY() + n.getTranslateY(), n.getWidth(), n.getHeight());
    }

    private void route() {
        if (target == null) {
            return;
        }
        Box a = boxOf(from);
        Box b = boxOf(target);
        double[] r = switch (key.kind()) {
            case IMAGE -> Routes.toImage(a, b);
            case MOUNT -> Routes.toVolume(a, b);
            case ATTACHMENT -> Routes.toBus(a, b, spec.tap());
            case REPLICA -> Routes.toService(a, b);
            case RUNS -> Routes.toContainer(a, b);
        };
        setStartX(r[0]);
        setStartY(r[1]);
        setControlX1(r[2]);
        setControlY1(r[3]);
        setControlX2(r[4]);
        setControlY2(r[5]);
        setEndX(r[6]);
        setEndY(r[7]);
        if (label == null) {
            return;
        }
        if (key.kind() == EdgeKey.Kind.ATTACHMENT) {
            label.relocate(r[6] + 5, r[7] - 20);
        } else {
            label.relocate((r[0] + r[6]) / 2 + 4, (r[1] + r[7]) / 2 - 8);
        }
    }
}
