package io.dockyard.yard;

import javafx.scene.input.KeyCode;

import java.util.Map;

/** Arrow-key navigation: the nearest box in a direction, weighing sideways distance double. Pure. */
final class Neighbours {
    private Neighbours() {
    }

    static String next(String fromId, KeyCode direction, Map<String, Box> boxes) {
        Box from = boxes.get(fromId);
        if (from == null) {
            return null;
        }
        String best = null;
        double bestScore = Double.MAX_VALUE;
        for (Map.Entry<String, Box> e : boxes.entrySet()) {
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
            if (score < bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return best;
    }
}
