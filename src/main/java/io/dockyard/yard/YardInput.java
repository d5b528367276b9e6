package io.dockyard.yard;

import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Target;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

import java.util.Optional;

/**
 * Mouse and keyboard on the yard: drag the background or scroll to pan, ctrl+scroll or +/- to zoom,
 * 0 to fit, click to select, double-click or Enter to open, arrows to move the selection,
 * Esc to clear, Ctrl+F to filter.
 */
final class YardInput {

    private final YardView view;
    private final YardScene scene;
    private final YardViewModel model;
    private final PanZoom camera;
    private final Pane viewport;
    private double lastX;
    private double lastY;
    private boolean dragging;

    YardInput(YardView view, YardScene scene, YardViewModel model) {
        this.view = view;
        this.scene = scene;
        this.model = model;
        this.camera = scene.camera;
        this.viewport = scene.viewport;
    }

    void install() {
        view.setFocusTraversable(true);
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::findKey);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    private void pressed(MouseEvent e) {
        lastX = e.getX();
        lastY = e.getY();
        dragging = false;
        view.requestFocus();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY && e.getButton() != MouseButton.MIDDLE) {
            return;
        }
        camera.panBy(e.getX() - lastX, e.getY() - lastY);
        view.userMovedCamera();
        dragging = true;
        lastX = e.getX();
        lastY = e.getY();
        view.cameraMoved();
    }

    private void clicked(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Optional<Target> target = view.targetAt(e.getPickResult().getIntersectedNode());
        Selection s = target.map(YardInput::selectionOf).orElse(null);
        if (s == null) {
            model.clearSelection();
            // volumes, networks and project frames are not selected, but they are inspected
            target.ifPresent(view::inspect);
            return;
        }
        model.select(s);
        if (e.getClickCount() == 2) {
            view.open(s);
        }
    }

    /** Images and containers can be selected (and moved between with the arrow keys). */
    private static Selection selectionOf(Target t) {
        if (t instanceof ObjectRef ref && ref.kind() == Kind.IMAGE) {
            return Selection.image(ref.id());
        }
        return t instanceof ObjectRef ref && ref.kind() == Kind.CONTAINER ? Selection.container(ref.id()) : null;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown() || e.isControlDown()) {
            double factor = e.getDeltaY() > 0 ? 1.12 : 1 / 1.12;
            camera.zoomAt(factor, e.getX(), e.getY());
        } else {
            camera.panBy(e.getDeltaX(), e.getDeltaY());
        }
        view.userMovedCamera();
        view.cameraMoved();
        e.consume();
    }

    private void findKey(KeyEvent e) {
        if (YardView.FIND.match(e)) {
            view.focusFilter();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && view.filterField().isFocused()) {
            view.filterField().clear();
            view.requestFocus();
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (view.filterField().isFocused()) {
            return;
        }
        switch (e.getCode()) {
            case LEFT, RIGHT, UP, DOWN -> move(e.getCode());
            case ENTER -> view.open(model.selectionProperty().get());
            case ESCAPE -> model.clearSelection();
            case PLUS, ADD, EQUALS -> view.zoomBy(1.25);
            case MINUS, SUBTRACT -> view.zoomBy(1 / 1.25);
            case DIGIT0, NUMPAD0 -> view.fitToView();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void move(KeyCode direction) {
        Selection current = model.selectionProperty().get();
        YardLayout.Placement p = scene.placement;
        if (p == null || p.boxes().isEmpty()) {
            return;
        }
        java.util.Map<ObjectRef, Box> selectable = new java.util.HashMap<>();
        p.boxes().forEach((t, b) -> {
            if (t instanceof ObjectRef ref && selectionOf(ref) != null && !p.missingImages().contains(ref.id())) {
                selectable.put(ref, b);
            }
        });
        ObjectRef next;
        if (current == null) {
            next = selectable.keySet().stream().filter(r -> r.kind() == Kind.IMAGE)
                    .min((a, b) -> Double.compare(p.box(a).y(), p.box(b).y())).orElse(null);
        } else {
            Kind kind = current.isImage() ? Kind.IMAGE : Kind.CONTAINER;
            next = Neighbours.next(p.engine().ref(kind, current.id()), direction, selectable);
        }
        if (next != null) {
            model.select(selectionOf(next));
            view.reveal(next);
        }
    }
}
