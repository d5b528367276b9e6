package io.dockyard.yard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Where a new block goes: blocks flow top to bottom in columns no taller than the flow height,
 * columns left to right. A block placed once stays; a new one takes the first hole it fits
 * (top-most, then left-most) or starts a column after the last; an image's overflow block takes
 * the free place nearest its image's first block instead. Pure.
 */
final class Flow {
    /** Beyond this many blocks the hole search (quadratic) is skipped and new blocks start a column. */
    private static final int HOLE_SEARCH_LIMIT = 400;

    private final List<Box> taken;
    private final double height;

    Flow(Collection<Box> taken, double height) {
        this.taken = new ArrayList<>(taken);
        this.height = height;
    }

    /** The flow height a fresh yard of these block sizes aims for, so it is about {@code aspect} wide. */
    static double heightFor(Collection<Box> sizes, double aspect) {
        double area = 0;
        double tallest = 0;
        for (Box b : sizes) {
            area += (b.width() + YardLayout.LANE_COLUMN_GAP) * (b.height() + YardLayout.LANE_GAP);
            tallest = Math.max(tallest, b.height());
        }
        return Math.max(Math.max(tallest, YardLayout.LANE_H * 4 + YardLayout.LANE_GAP * 3), Math.sqrt(area / aspect));
    }

    /** Places a block of the given size, remembers it, and returns where it went. */
    Box place(double w, double h) {
        Box at = taken.size() <= HOLE_SEARCH_LIMIT ? firstHole(w, h) : null;
        if (at == null) {
            at = append(w, h);
        }
        taken.add(at);
        return at;
    }

    /**
     * Places a block as near {@code anchor} as a free place allows: any place a block could start
     * in a column (its top, or under a block), beside the anchor in the next column, or a new
     * column; nearest by the gap between the two boxes, then top-most, then left-most.
     */
    Box placeNear(double w, double h, Box anchor) {
        Box best = append(w, h);
        if (taken.size() <= HOLE_SEARCH_LIMIT) {
            for (Box candidate : candidates(w, h, anchor)) {
                if (candidate.y() + h <= YardLayout.MARGIN + height && free(candidate) && nearer(candidate, best, anchor)) {
                    best = candidate;
                }
            }
        }
        taken.add(best);
        return best;
    }

    private List<Box> candidates(double w, double h, Box anchor) {
        List<Box> out = new ArrayList<>();
        out.add(new Box(anchor.maxX() + YardLayout.LANE_COLUMN_GAP, anchor.y(), w, h));
        TreeSet<Double> columns = new TreeSet<>();
        taken.forEach(b -> columns.add(b.x()));
        for (double x : columns) {
            out.add(new Box(x, YardLayout.MARGIN, w, h));
            for (Box b : taken) {
                if (b.x() == x) {
                    out.add(new Box(x, b.maxY() + YardLayout.LANE_GAP, w, h));
                }
            }
        }
        return out;
    }

    private static boolean nearer(Box a, Box b, Box anchor) {
        double da = gap(a, anchor);
        double db = gap(b, anchor);
        if (da != db) {
            return da < db;
        }
        return a.y() != b.y() ? a.y() < b.y() : a.x() < b.x();
    }

    /** The shortest distance between two boxes; 0 when they touch or overlap. */
    static double gap(Box a, Box b) {
        double dx = Math.max(0, Math.max(a.x() - b.maxX(), b.x() - a.maxX()));
        double dy = Math.max(0, Math.max(a.y() - b.maxY(), b.y() - a.maxY()));
        return Math.hypot(dx, dy);
    }

    /** Fresh layouts: straight down the current column, then a new column; remembers the block. */
    Box appendAndTake(double w, double h) {
        Box at = append(w, h);
        taken.add(at);
        return at;
    }

    private Box append(double w, double h) {
        double lastX = YardLayout.MARGIN;
        double right = YardLayout.MARGIN - YardLayout.LANE_COLUMN_GAP;
        for (Box b : taken) {
            lastX = Math.max(lastX, b.x());
            right = Math.max(right, b.maxX());
        }
        double bottom = YardLayout.MARGIN - YardLayout.LANE_GAP;
        double columnRight = lastX;
        for (Box b : taken) {
            if (b.x() == lastX) {
                bottom = Math.max(bottom, b.maxY());
                columnRight = Math.max(columnRight, b.maxX());
            }
        }
        double y = bottom + YardLayout.LANE_GAP;
        Box below = new Box(lastX, y, w, h);
        boolean fits = taken.isEmpty() || (y + h <= YardLayout.MARGIN + height && free(below));
        Box at = fits ? below : new Box(right + YardLayout.LANE_COLUMN_GAP, YardLayout.MARGIN, w, h);
        return at;
    }

    private Box firstHole(double w, double h) {
        TreeSet<Double> columns = new TreeSet<>();
        taken.forEach(b -> columns.add(b.x()));
        Box best = null;
        for (double x : columns) {
            TreeSet<Double> ys = new TreeSet<>();
            ys.add(YardLayout.MARGIN);
            for (Box b : taken) {
                if (b.x() == x) {
                    ys.add(b.maxY() + YardLayout.LANE_GAP);
                }
            }
            for (double y : ys) {
                Box candidate = new Box(x, y, w, h);
                if (y + h <= YardLayout.MARGIN + height && free(candidate)) {
                    if (best == null || y < best.y()) {
                        best = candidate;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private boolean free(Box b) {
        Box padded = new Box(b.x(), b.y(), b.width() + YardLayout.LANE_COLUMN_GAP, b.height() + YardLayout.LANE_GAP);
        for (Box t : taken) {
            Box other = new Box(t.x(), t.y(), t.width() + YardLayout.LANE_COLUMN_GAP, t.height() + YardLayout.LANE_GAP);
            if (padded.intersects(other)) {
                return false;
            }
        }
        return true;
    }
}
