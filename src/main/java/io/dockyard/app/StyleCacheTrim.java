package io.dockyard.app;

import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ImageAction;
import io.dockyard.model.EngineEvent.ImageChanged;
import io.dockyard.model.EngineEvent.Observed;
import io.dockyard.model.EngineEvent.Removed;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.Set;

/**
 * Keeps JavaFX's CSS cache from growing with every object the engine has ever had. JavaFX caches
 * the styles it resolved per node type, style classes <em>and id</em>, in a cache that belongs to
 * the scene's root and is never trimmed. Every yard node has an id made from its object's id
 * ({@code instance-3f2a…}), so each container that comes and goes leaves about 2 KB behind: a
 * busy engine grew the heap by tens of megabytes an hour. That cache is dropped with its root, so
 * the window lives in a thin root of its own that this class replaces, with the window moved
 * into the new one, once enough objects have gone for good. Replacing it re-resolves the window's
 * styles once (tens of milliseconds with a thousand containers); it waits while a mouse button is
 * held, so no press or drag is cut short, and keeps the focus where it was.
 */
final class StyleCacheTrim {
    /** Objects gone for good before the cache is dropped; about 1 MB of cache. */
    static final int GONE_LIMIT = 500;
    private static final Set<String> GONE_ACTIONS = Set.of("destroy", "remove", "delete");

    private final Scene scene;
    private final Node window;
    private final int limit;
    private int gone;
    private int buttonsDown;
    private int trims;

    private StyleCacheTrim(Scene scene, Node window, int limit) {
        this.scene = scene;
        this.window = window;
        this.limit = limit;
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> buttonsDown++);
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            buttonsDown = Math.max(0, buttonsDown - 1);
            trimIfDue();
        });
    }

    /** A scene whose root is a thin holder of {@code window}, to give to the stage. */
    static Scene sceneFor(Parent window, double width, double height) {
        return new Scene(holder(window), width, height);
    }

    /** Starts trimming {@code scene} (made by {@link #sceneFor}) after {@code limit} objects went. */
    static StyleCacheTrim watch(Scene scene, Node window, int limit) {
        return new StyleCacheTrim(scene, window, limit);
    }

    /** Counts the objects these events removed for good; called on the FX thread. */
    void applied(List<EngineEvent> events) {
        for (EngineEvent event : events) {
            gone += goneBy(event);
        }
        trimIfDue();
    }

    /** How many times the cache has been dropped so far. */
    int trims() {
        return trims;
    }

    static int goneBy(EngineEvent event) {
        if (event instanceof ContainerChanged c) {
            return c.action() == ContainerAction.DESTROY ? 1 : 0;
        }
        if (event instanceof ImageChanged i) {
            return i.action() == ImageAction.DELETE ? 1 : 0;
        }
        if (event instanceof Observed o) {
            return GONE_ACTIONS.contains(o.action()) ? 1 : 0;
        }
        if (event instanceof Removed r) {
            return r.ids().size();
        }
        return 0;
    }

    private void trimIfDue() {
        if (gone < limit || buttonsDown > 0) {
            return;
        }
        gone = 0;
        trims++;
        Node focused = scene.getFocusOwner();
        scene.setRoot(holder(window));
        if (focused != null && focused.getScene() == scene) {
            focused.requestFocus();
        }
    }

    private static Parent holder(Node window) {
        StackPane holder = new StackPane(window);
        holder.getStyleClass().add("window-holder");
        return holder;
    }
}
