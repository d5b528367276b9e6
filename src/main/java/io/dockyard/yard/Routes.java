package io.dockyard.yard;

/**
 * The curve of a link between two boxes, as start, two control points and end
 * ({@code sx, sy, c1x, c1y, c2x, c2y, ex, ey}). Pure, so the shapes are tested without a scene.
 */
final class Routes {
    private static final double PULL = YardLayout.LINK_GAP * 0.55;

    private Routes() {
    }

    /** From the blueprint (its upper half) to the instance, side to side where they stand apart. */
    static double[] toImage(Box instance, Box blueprint) {
        return sides(blueprint, Math.min(blueprint.height() / 2, 60), instance, instance.height() / 2);
    }

    /** From the instance to the tank it mounts. */
    static double[] toVolume(Box instance, Box volume) {
        return sides(instance, instance.height() / 2, volume, volume.height() / 2);
    }

    /**
     * From the instance onto the bus's bar: straight from its top or bottom edge, or, past the cards
     * in the way, out of its side into the gap beside it, round a corner and along the gap.
     */
    static double[] toBus(Box instance, Box bus, BusTap tap) {
        boolean below = instance.maxY() <= bus.maxY() - 3;
        double ey = below ? bus.maxY() - 3 : bus.y() + 3;
        if (tap.path() != BusTap.Path.STRAIGHT) {
            boolean right = tap.path() == BusTap.Path.RIGHT_GAP;
            double sx = right ? instance.maxX() : instance.x();
            double lane = right ? sx + tap.offset() : sx - tap.offset();
            double ex = Math.max(bus.x() + 2, Math.min(bus.maxX() - 2, lane));
            double sy = instance.centerY();
            return new double[] {sx, sy, lane, sy, lane, sy, ex, ey};
        }
        double x = instance.centerX() + tap.offset();
        double ex = Math.max(bus.x() + 8, Math.min(bus.maxX() - 8, x));
        double sy = below ? instance.maxY() : instance.y();
        return new double[] {x, sy, x, sy, ex, ey, ex, ey};
    }

    /** From the bottom of a task's tile down to the top of its service's card, under the lanes. */
    static double[] toService(Box task, Box service) {
        double sx = task.x() + 18;
        double sy = task.maxY();
        double ex = Math.max(service.x() + 12, Math.min(service.maxX() - 12, sx));
        double ey = service.y();
        double pull = Math.max(20, (ey - sy) * 0.5);
        return new double[] {sx, sy, sx, sy + pull, ex, ey - pull, ex, ey};
    }

    /** From a task's tile to the instance of the container that runs it, wherever that stands. */
    static double[] toContainer(Box task, Box instance) {
        return sides(task, task.height() / 2, instance, instance.height() / 2);
    }

    private static double[] sides(Box a, double ay, Box b, double by) {
        if (a.maxX() <= b.x()) {
            double sx = a.maxX();
            double sy = a.y() + ay;
            double ex = b.x();
            double ey = b.y() + by;
            return new double[] {sx, sy, sx + PULL, sy, ex - PULL, ey, ex, ey};
        }
        if (b.maxX() <= a.x()) {
            double sx = a.x();
            double sy = a.y() + ay;
            double ex = b.maxX();
            double ey = b.y() + by;
            return new double[] {sx, sy, sx - PULL, sy, ex + PULL, ey, ex, ey};
        }
        boolean below = a.maxY() <= b.y();
        double sx = a.centerX();
        double sy = below ? a.maxY() : a.y();
        double ex = b.centerX();
        double ey = below ? b.y() : b.maxY();
        double pull = below ? PULL : -PULL;
        return new double[] {sx, sy, sx, sy + pull, ex, ey - pull, ex, ey};
    }
}
