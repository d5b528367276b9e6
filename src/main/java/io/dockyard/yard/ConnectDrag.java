package io.dockyard.yard;

import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Target;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Drag an instance onto a network bus to ask for {@code docker network connect}: the instance
 * follows the pointer, the bus under it lights ({@code :drop-target}), and on release the
 * instance goes back to its seat whatever happens; the yard changes only when the engine says the
 * container is attached. Dragging an instance never pans the yard.
 */
final class ConnectDrag {
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final YardScene scene;
    private BiConsumer<ObjectRef, ObjectRef> onConnect = (c, n) -> { };
    private InstanceNode dragged;
    private YardNode over;
    private Point2D pressedAt;
    private boolean moved;

    ConnectDrag(YardScene scene) {
        this.scene = scene;
    }

    void install() {
        scene.viewport.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        scene.viewport.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        scene.viewport.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    void setOnConnect(BiConsumer<ObjectRef, ObjectRef> handler) {
        onConnect = handler == null ? (c, n) -> { } : handler;
    }

    private void pressed(MouseEvent e) {
        dragged = null;
        moved = false;
        if (e.getButton() == MouseButton.PRIMARY
                && YardScene.owner(e.getPickResult().getIntersectedNode()) instanceof InstanceNode i) {
            dragged = i;
            pressedAt = scene.camera.toWorld(e.getX(), e.getY());
        }
    }

    private void dragged(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        Point2D at = scene.camera.toWorld(e.getX(), e.getY());
        moved = true;
        dragged.setTranslateX(at.getX() - pressedAt.getX());
        dragged.setTranslateY(at.getY() - pressedAt.getY());
        light(busAt(at));
        e.consume();
    }

    private void released(MouseEvent e) {
        if (dragged == null || !moved) {
            dragged = null;
            return;
        }
        YardNode bus = busAt(scene.camera.toWorld(e.getX(), e.getY()));
        InstanceNode instance = dragged;
        dragged = null;
        light(null);
        instance.setTranslateX(0);
        instance.setTranslateY(0);
        if (bus != null && instance.target() instanceof ObjectRef c && bus.target() instanceof ObjectRef n) {
            onConnect.accept(c, n);
        }
    }

    /** The bus whose box holds the world point, with some room above and below the thin bar. */
    YardNode busAt(Point2D p) {
        if (scene.placement == null) {
            return null;
        }
        for (Map.Entry<Target, Box> e : scene.placement.boxes().entrySet()) {
            Box b = e.getValue();
            if (e.getKey() instanceof ObjectRef ref && ref.kind() == Kind.NETWORK
                    && p.getX() >= b.x() && p.getX() <= b.maxX() && p.getY() >= b.y() - 12 && p.getY() <= b.maxY() + 12) {
                return scene.nodes.get(ref);
            }
        }
        return null;
    }

    private void light(YardNode bus) {
        if (over != null) {
            over.pseudoClassStateChanged(DROP_TARGET, false);
        }
        over = bus;
        if (bus != null) {
            bus.pseudoClassStateChanged(DROP_TARGET, true);
        }
    }
}
