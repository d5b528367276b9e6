package io.dockyard.yard;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

/**
 * Mouse and keyboard on the yard: drag the background or scroll to pan, ctrl+scroll or +/- to zoom,
 * 0 to fit, click to select, double-click or Enter to open, arrows to move the selection,
 * Esc to clear, Ctrl+F to filter.
 */
final class YardInput {

    private final YardView view;
    private final YardViewModel model;
    private final PanZoom camera;
    private final Pane viewport;
    private double lastX;
    private double lastY;
    private boolean dragging;

    YardInput(YardView view, YardViewModel model, PanZoom camera, Pane viewport) {
        this.view = view;
        this.model = model;
        this.camera = camera;
        this.viewport = viewport;
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
        YardNode hit = yardNodeAt(e.getPickResult().getIntersectedNode());
        if (hit == null || hit instanceof MissingImageNode) {
            model.clearSelection();
            return;
        }
        Selection s = hit instanceof BlueprintNode ? Selection.image(hit.modelId()) : Selection.container(hit.modelId());
        model.select(s);
        if (e.getClickCount() == 2) {
            view.open(s);
        }
    }

    private static YardNode yardNodeAt(Node n) {
        while (n != null && !(n instanceof YardNode)) {
            n = n.getParent();
        }
        return (YardNode) n;
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
        YardLayout.Placement p = view.placement();
        if (p == null || p.boxes().isEmpty()) {
            return;
        }
        String nextId;
        if (current == null) {
            nextId = view.blueprints().keySet().stream()
                    .min((a, b) -> Double.compare(p.box(a).y(), p.box(b).y())).orElse(null);
        } else {
            java.util.Map<String, Box> selectable = new java.util.HashMap<>(p.boxes());
            selectable.keySet().removeAll(p.missingImages());
            nextId = Neighbours.next(current.id(), direction, selectable);
        }
        if (nextId != null) {
            model.select(view.blueprints().containsKey(nextId) ? Selection.image(nextId) : Selection.container(nextId));
            view.reveal(nextId);
        }
    }
}
