package io.dockyard.yard;

import io.dockyard.model.Target;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * What every node on the yard shares: what it stands for (an engine object or a compose project),
 * selection and highlight as pseudo-classes, and a level of detail (at overview zoom only the
 * outline is drawn, which keeps a thousand nodes cheap).
 */
public abstract class YardNode extends StackPane {
    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass HIGHLIGHTED = PseudoClass.getPseudoClass("highlighted");
    static final PseudoClass OVERVIEW = PseudoClass.getPseudoClass("overview");
    static final PseudoClass TITLED = PseudoClass.getPseudoClass("titled");

    private final Target target;
    private final String modelId;
    private boolean detailed = true;
    private boolean selected;
    private boolean highlighted;
    private boolean titled;
    private boolean inView = true;
    private Box box;
    /** Made the first time the node is titled: most nodes of a large yard never are. */
    private Label summary;
    private String summaryText = "";

    protected YardNode(Target target, String modelId, double width, double height) {
        this.target = target;
        this.modelId = modelId;
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        getStyleClass().add("yard-node");
        setFocusTraversable(false);
    }

    /**
     * For a node whose details are built only when first drawn in full (see {@link #detail()}):
     * it starts as an outline, and the reconciler asks for detail when its box is in view.
     */
    protected final void startAsOutline() {
        detailed = false;
        pseudoClassStateChanged(OVERVIEW, true);
    }

    /** The full engine id of the object (a volume's name, a project's name). */
    public String modelId() {
        return modelId;
    }

    /** What the node stands for, as the registry knows it. */
    public Target target() {
        return target;
    }

    /** What a user points at here; empty for a stand-in (a missing image) that names nothing the engine holds. */
    public java.util.Optional<Target> pointsAt() {
        return java.util.Optional.of(target);
    }

    /** The children that are hidden at overview zoom; a node may build them on the first call. */
    protected abstract Node detail();

    public boolean isDetailed() {
        return detailed;
    }

    public void setDetailed(boolean on) {
        if (on == detailed) {
            return;
        }
        detailed = on;
        // Out of the scene graph, not just invisible: CSS, layout and bounds then skip it entirely.
        if (on) {
            getChildren().add(0, detail());
        } else {
            getChildren().remove(detail());
        }
        pseudoClassStateChanged(OVERVIEW, !on);
    }

    /** In overview, whether the node shows its name in large letters (a middle level of detail). */
    public void setTitled(boolean on) {
        if (on == titled) {
            return;
        }
        titled = on;
        if (on) {
            getChildren().add(summary());
        } else {
            getChildren().remove(summary);
        }
        pseudoClassStateChanged(TITLED, on);
    }

    /** Whether the node's box is in or near the window, as the last refresh of the level of detail saw it. */
    boolean inView() {
        return inView;
    }

    void setInView(boolean on) {
        inView = on;
    }

    /** Where the reconciler last placed the node; null before it was placed. */
    Box box() {
        return box;
    }

    void setBox(Box b) {
        box = b;
    }

    public boolean isTitled() {
        return titled;
    }

    /** The words shown large when titled: a name, a tag. */
    protected void setSummary(String text) {
        summaryText = text;
        if (summary != null) {
            summary.setText(text);
        }
    }

    private Label summary() {
        if (summary == null) {
            summary = new Label(summaryText);
            summary.getStyleClass().add("summary");
            summary.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
            summary.setMouseTransparent(true);
        }
        return summary;
    }

    public boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean on) {
        if (on != selected) {
            selected = on;
            pseudoClassStateChanged(SELECTED, on);
        }
    }

    public boolean isHighlighted() {
        return highlighted;
    }

    public void setHighlighted(boolean on) {
        if (on != highlighted) {
            highlighted = on;
            pseudoClassStateChanged(HIGHLIGHTED, on);
        }
    }

    protected static String shortHex(String id) {
        return io.dockyard.model.Ids.shortId(id);
    }
}
