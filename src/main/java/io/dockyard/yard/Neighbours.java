package io.dockyard.yard;

import javafx.scene.input.KeyCode;

import java.util.Map;

/**
 * Arrow-key navigation: the nearest box in a direction, weighing sideways distance double; of two
 * equally near, the one that comes first in reading order (higher, then further left). Pure.
 */
final class Neighbours {
    private Neighbours() {
    }

    static <K> K next(K fromId, KeyCode direction, Map<K, Box> boxes) {
        Box from = boxes.get(fromId);
        if (from == null) {
            return null;
        }
        K best = null;
        double bestScore = Double.MAX_VALUE;
        for (Map.Entry<K, Box> e : boxes.entrySet()) {
            if (e.getKey().equals(fromId)) {
                continue;
            }
            double dx = e.getValue().centerX() - from.centerX();
            double dy = e.getValue().centerY() - from.centerY();
            double along = switch (direction) {
                case RIGHT -> dx;
                case LEFT -> -dx;
                case DOWN -> dy;
                case UP -> -dy;
                default -> -1;
            };
            if (along <= 1) {
                continue;
            }
            double across = direction == KeyCode.LEFT || direction == KeyCode.RIGHT ? Math.abs(dy) : Math.abs(dx);
            double score = along + 2 * across;
            boolean tie = Math.abs(score - bestScore) < 1e-9 && readsBefore(e.getValue(), boxes.get(best));
            if (score < bestScore - 1e-9 || tie) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean readsBefore(Box a, Box b) {
        return a.y() < b.y() || (a.y() == b.y() && a.x() < b.x());
    }
}
