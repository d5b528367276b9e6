package io.dockyard.yard;

/** A rectangle in yard coordinates: where one node sits. Pure data, no JavaFX. */
public record Box(double x, double y, double width, double height) {

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public boolean intersects(Box other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }
}
