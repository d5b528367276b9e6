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

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * A small map of the whole yard with the visible part framed; click or drag on it to go there.
 * It draws on two canvases (two nodes, whatever the yard's size) with colours taken from styled
 * swatches, so it follows the theme like everything else: the boxes, drawn again only when the
 * placement or the colours change, and over them the frame, drawn again at every pan and zoom.
 * Style class {@code minimap}.
 */
final class Minimap extends StackPane {
    static final double W = 200;
    static final double H = 130;

    private final Canvas boxes = new Canvas(W, H);
    private final Canvas frame = new Canvas(W, H);
    private final Region imageSwatch = swatch("minimap-image");
    private final Region instanceSwatch = swatch("minimap-instance");
    private final Region viewSwatch = swatch("minimap-view");
    private YardLayout.Placement placement;
    private Rectangle2D visible = Rectangle2D.EMPTY;
    /** What the boxes canvas shows: the placement and the two colours it was drawn with. */
    private List<Object> drawn = List.of();
    private BiConsumer<Double, Double> onGo = (x, y) -> { };

    Minimap() {
        getStyleClass().add("minimap");
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        getChildren().addAll(imageSwatch, instanceSwatch, viewSwatch, boxes, frame);
        frame.addEventHandler(MouseEvent.MOUSE_PRESSED, this::go);
        frame.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::go);
        // the colours come with the CSS pass (and again with a theme change): draw then, never force a pass here
        for (Region swatch : List.of(imageSwatch, instanceSwatch, viewSwatch)) {
            swatch.backgroundProperty().addListener(o -> redraw());
        }
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
        GraphicsContext g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, W, H);
        if (placement == null) {
            boxes.getGraphicsContext2D().clearRect(0, 0, W, H);
            drawn = List.of();
            return;
        }
        Paint image = fill(imageSwatch, Color.LIGHTSTEELBLUE);
        Paint instance = fill(instanceSwatch, Color.LIGHTGREEN);
        List<Object> wanted = List.of(placement, image, instance);
        if (!wanted.equals(drawn)) {
            drawBoxes(image, instance);
            drawn = wanted;
        }
        double s = scale();
        g.setStroke(fill(viewSwatch, Color.WHITE));
        g.setLineWidth(1.5);
        g.strokeRect((visible.getMinX() - originX()) * s, (visible.getMinY() - originY()) * s, visible.getWidth() * s,
                visible.getHeight() * s);
    }

    private void drawBoxes(Paint image, Paint instance) {
        GraphicsContext g = boxes.getGraphicsContext2D();
        g.clearRect(0, 0, W, H);
        double s = scale();
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
    }

    private static Paint fill(Region swatch, Paint fallback) {
        if (swatch.getBackground() == null || swatch.getBackground().getFills().isEmpty()) {
            return fallback;
        }
        return swatch.getBackground().getFills().get(0).getFill();
    }
}
