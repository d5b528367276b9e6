package io.dockyard.motion;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Whether a node can be seen at all: it is visible, in a scene, and that scene's window is showing
 * and (for a stage) not iconified. What ticks for the eye stops when this is false, and picks up
 * again when it turns true. (Only the node's own visibility counts, not its parents'.)
 */
public final class Showing {
    private Showing() {
    }

    /** True while {@code node} can be seen; observe it to follow hide, iconify, restore and show. */
    public static ObservableValue<Boolean> of(Node node) {
        ObservableValue<Boolean> window = node.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Showing::onScreen).orElse(false);
        return Bindings.createBooleanBinding(() -> node.isVisible() && window.getValue(),
                node.visibleProperty(), window);
    }

    private static ObservableValue<Boolean> onScreen(Window w) {
        if (w instanceof Stage s) {
            return Bindings.createBooleanBinding(() -> s.isShowing() && !s.isIconified(),
                    s.showingProperty(), s.iconifiedProperty());
        }
        return w.showingProperty();
    }
}
