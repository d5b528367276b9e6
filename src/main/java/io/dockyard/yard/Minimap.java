package io.dockyard.yard;

import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Target;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A small map of the whole yard with the visible part framed; click or drag on it to go there.
 * It draws on a canvas (one node, whatever the yard's size) with colours taken from styled
 * swatches, so it follows the theme like everything else. Style class {@code minimap}.
 */
final class Minimap extends StackPane {
    static final double W = 200;
    static final double H = 130;

    private final Canvas canvas = new Canvas(W, H);
    private final Region imageSwatch = swatch("minimap-image");
    private final Region instanceSwatch = swatch("minimap-instance");
    private final Region viewSwatch = swatch("minimap-view");
    private YardLayout.Placement placement;
    private Rectangle2D visible = Rectangle2D.EMPTY;
    private BiConsumer<Double, Double> onGo = (x, y) -> { };

    Minimap() {
        getStyleClass().add("minimap");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().addAll(imageSwatch, instanceSwatch, viewSwatch, canvas);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::go);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::go);
    }

    private static Region swatch(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setVisible(false);
        r.setManaged(false);
        return r;
    }

    /** Called with the world point to centre on. */
    void setOnGo(BiConsumer<Double, Double> handler) {
        onGo = handler;
    }

    void update(YardLayout.Placement p, Rectangle2D visibleWorld) {
        placement = p;
        visible = visibleWorld;
        redraw();
    }

    private double scale() {
        return placement == null ? 1 : Math.min(W / placement.width(), H / placement.height());
    }

    private double originX() {
        return placement == null ? 0 : placement.bounds().x();
    }

    private double originY() {
        return placement == null ? 0 : placement.bounds().y();
    }

    private void go(MouseEvent e) {
        double s = scale();
        onGo.accept(e.getX() / s + originX(), e.getY() / s + originY());
        e.consume();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, W, H);
        if (placement == null) {
            return;
        }
        applyCss();
        double s = scale();
        Paint image = fill(imageSwatch, Color.LIGHTSTEELBLUE);
        Paint instance = fill(instanceSwatch, Color.LIGHTGREEN);
        double ox = originX();
        double oy = originY();
        for (Map.Entry<Target, Box> e : placement.boxes().entrySet()) {
            Box b = e.getValue();
            if (!(e.getKey() instanceof ObjectRef ref)) {
                continue; // a project frame would cover its containers
            }
            g.setFill(ref.kind() == Kind.IMAGE ? image : instance);
            g.fillRect((b.x() - ox) * s, (b.y() - oy) * s, Math.max(1, b.width() * s), Math.max(1, b.height() * s));
        }
        g.setStroke(fill(viewSwatch, Color.WHITE));
        g.setLineWidth(1.5);
        g.strokeRect((visible.getMinX() - ox) * s, (visible.getMinY() - oy) * s, visible.getWidth() * s,
                visible.getHeight() * s);
    }

    private static Paint fill(Region swatch, Paint fallback) {
        if (swatch.getBackground() == null || swatch.getBackground().getFills().isEmpty()) {
            return fallback;
        }
        return swatch.getBackground().getFills().get(0).getFill();
    }
}
