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
    private final Label summary = new Label();

    protected YardNode(Target target, String modelId, double width, double height) {
        this.target = target;
        this.modelId = modelId;
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        getStyleClass().add("yard-node");
        summary.getStyleClass().add("summary");
        summary.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        summary.setMouseTransparent(true);
        setFocusTraversable(false);
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

    /** The children that are hidden at overview zoom. */
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
            getChildren().add(summary);
        } else {
            getChildren().remove(summary);
        }
        pseudoClassStateChanged(TITLED, on);
    }

    public boolean isTitled() {
        return titled;
    }

    /** The words shown large when titled: a name, a tag. */
    protected void setSummary(String text) {
        summary.setText(text);
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
