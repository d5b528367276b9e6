package io.dockyard.yard;

import io.dockyard.model.EngineId;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a swarm sits on the yard: an area below everything else, one lane (column) per node,
 * headed by the node, its tasks stacked down the lane, live ones first (by service and slot), then
 * its history, newest first; tasks no node holds yet stand in a last lane of their own. The
 * services stand as cards in a row under the lanes, by name. Pure: a function of the state and
 * of where the rest of the yard ends.
 *
 * <p>Lanes grow in steps of {@link #ROWS_STEP} tasks, so that a task more or less rarely moves the
 * service cards under them.
 */
final class SwarmLayout {
    static final double NODE_W = 270;
    static final double NODE_HEAD_H = 74;
    static final double TASK_W = 246;
    static final double TASK_H = 58;
    static final double TASK_GAP = 10;
    static final double LANE_GAP = 26;
    static final double SERVICE_W = 320;
    static final double SERVICE_H = 86;
    static final double SERVICE_GAP = 28;
    /** Between the lanes and the service cards: room for the links from the cards up to the tasks. */
    static final double LINK_ROOM = 64;
    static final int ROWS_STEP = 4;

    private SwarmLayout() {
    }

    /**
     * The boxes of every node, service and task, the area starting at {@code top} (the bottom of
     * the rest of the yard, or the margin when there is nothing else).
     */
    static Map<ObjectRef, Box> place(EngineState state, double top) {
        Map<ObjectRef, Box> boxes = new LinkedHashMap<>();
        if (!SwarmFacts.any(state)) {
            return boxes;
        }
        EngineId engine = state.engineId();
        List<SwarmNode> nodes = SwarmFacts.lanes(state);
        Map<String, List<SwarmTask>> byLane = tasksByLane(state, nodes);
        int rows = ROWS_STEP;
        for (List<SwarmTask> tasks : byLane.values()) {
            rows = Math.max(rows, ((tasks.size() + ROWS_STEP - 1) / ROWS_STEP) * ROWS_STEP);
        }
        double laneH = NODE_HEAD_H + rows * (TASK_H + TASK_GAP) + TASK_GAP;
        double x = YardLayout.MARGIN;
        for (Map.Entry<String, List<SwarmTask>> lane : byLane.entrySet()) {
            if (!lane.getKey().isEmpty()) {
                boxes.put(engine.ref(Kind.NODE, lane.getKey()), new Box(x, top, NODE_W, laneH));
            }
            List<SwarmTask> tasks = lane.getValue();
            for (int i = 0; i < tasks.size(); i++) {
                boxes.put(engine.ref(Kind.TASK, tasks.get(i).id()), new Box(x + (NODE_W - TASK_W) / 2,
                        top + NODE_HEAD_H + i * (TASK_H + TASK_GAP), TASK_W, TASK_H));
            }
            x += NODE_W + LANE_GAP;
        }
        double serviceTop = top + (byLane.isEmpty() ? 0 : laneH + LINK_ROOM);
        List<SwarmService> services = state.services().values().stream()
                .sorted(Comparator.comparing(SwarmService::name).thenComparing(SwarmService::id)).toList();
        for (int i = 0; i < services.size(); i++) {
            boxes.put(engine.ref(Kind.SERVICE, services.get(i).id()), new Box(
                    YardLayout.MARGIN + i * (SERVICE_W + SERVICE_GAP), serviceTop, SERVICE_W, SERVICE_H));
        }
        return boxes;
    }

    /** The top of the swarm area under boxes that reach down to {@code bottom}; the margin when nothing else is drawn. */
    static double topUnder(Iterable<Box> others) {
        double bottom = Double.NEGATIVE_INFINITY;
        for (Box b : others) {
            bottom = Math.max(bottom, b.maxY());
        }
        return bottom == Double.NEGATIVE_INFINITY ? YardLayout.MARGIN : bottom + 2 * YardLayout.LANE_GAP;
    }

    /** Each node's tasks in lane order, by node in lane order; key "" holds the tasks of no known node, last. */
    private static Map<String, List<SwarmTask>> tasksByLane(EngineState state, List<SwarmNode> nodes) {
        Map<String, List<SwarmTask>> byLane = new LinkedHashMap<>();
        nodes.forEach(n -> byLane.put(n.id(), new ArrayList<>()));
        List<SwarmTask> unplaced = new ArrayList<>();
        for (SwarmTask t : state.tasks().values()) {
            List<SwarmTask> lane = byLane.get(t.nodeId());
            (lane == null ? unplaced : lane).add(t);
        }
        if (!unplaced.isEmpty()) {
            byLane.put("", unplaced);
        }
        Set<String> history = SwarmFacts.history(state);
        Map<String, String> names = new HashMap<>();
        state.services().values().forEach(s -> names.put(s.id(), s.name()));
        Comparator<SwarmTask> order = Comparator.comparing((SwarmTask t) -> history.contains(t.id()))
                .thenComparing(t -> history.contains(t.id()) ? "" : names.getOrDefault(t.serviceId(), t.serviceId()))
                .thenComparingInt(t -> history.contains(t.id()) ? 0 : t.slot())
                .thenComparing(SwarmTask::timestamp, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SwarmTask::id);
        byLane.values().forEach(l -> l.sort(order));
        return byLane;
    }
}
