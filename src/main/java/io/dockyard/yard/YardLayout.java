package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where every blueprint and instance sits: a pure function of the engine state, the viewport
 * width and the previous seating. No scene graph.
 *
 * <p>Design: every image owns a <em>lane</em> (a row of fixed height). Its blueprint sits at the
 * left of the lane; its containers sit in <em>seats</em> to the right, filling {@link #ROWS} rows
 * column by column, so a lane only ever grows to the right. A seat, once given, is kept for the
 * container's whole life and a freed seat stays a hole until a newer container of the same image
 * takes it; lanes work the same way for images. So adding or removing one container moves no other
 * node, and adding or removing an image moves no other lane. A lane is keyed by image id, so a
 * container whose image lost its tags or was removed keeps its lane: the blueprint is then drawn
 * as a "missing image" placeholder at the same place. Passing {@link Seating#EMPTY} lays the yard
 * out afresh, tidy and in {@link EngineState#sortedImages()} order.
 *
 * <p>The viewport width only sets the minimum extent of the yard; the yard grows right and down
 * and the view pans and zooms over it (fit to view), because reflowing to the width would move
 * nodes whenever a lane grows.
 */
public final class YardLayout {
    public static final double BLUEPRINT_W = 300;
    public static final double INSTANCE_W = 280;
    public static final double INSTANCE_H = 118;
    public static final int ROWS = 2;
    public static final double ROW_GAP = 16;
    public static final double COL_GAP = 28;
    public static final double LINK_GAP = 110;
    public static final double LANE_GAP = 56;
    public static final double MARGIN = 48;
    public static final double LANE_H = ROWS * INSTANCE_H + (ROWS - 1) * ROW_GAP;
    public static final double MISSING_H = 96;

    private YardLayout() {
    }

    /** A container's place: the lane (image id) and its seat index in that lane. */
    public record Seat(String lane, int index) {
    }

    /** What the previous layout handed out; the input that keeps the next layout stable. */
    public record Seating(Map<String, Integer> lanes, Map<String, Seat> seats) {
        public static final Seating EMPTY = new Seating(Map.of(), Map.of());

        public Seating {
            lanes = Map.copyOf(lanes);
            seats = Map.copyOf(seats);
        }
    }

    /**
     * The result.
     *
     * @param boxes         by image id (blueprint or missing-image placeholder) and by container id
     * @param missingImages lane keys that have containers but no image in the state
     * @param seating       pass it to the next call to keep nodes where they are
     * @param width         extent of the yard
     * @param height        extent of the yard
     */
    public record Placement(Map<String, Box> boxes, Set<String> missingImages, Seating seating,
                            double width, double height) {
        public Box box(String id) {
            return boxes.get(id);
        }
    }

    public static Placement compute(EngineState state, double viewportWidth, Seating previous) {
        Map<String, Integer> lanes = assignLanes(state, previous);
        Map<String, Seat> seats = assignSeats(state, previous);
        Map<String, Box> boxes = new HashMap<>();
        Set<String> missing = new TreeSet<>();
        int maxLane = -1;
        int maxColumn = 0;
        for (Map.Entry<String, Integer> lane : lanes.entrySet()) {
            String key = lane.getKey();
            boolean present = state.images().containsKey(key);
            if (!present) {
                missing.add(key);
            }
            boxes.put(key, blueprintBox(lane.getValue(), present));
            maxLane = Math.max(maxLane, lane.getValue());
        }
        for (Map.Entry<String, Seat> seat : seats.entrySet()) {
            int laneIndex = lanes.get(seat.getValue().lane());
            boxes.put(seat.getKey(), instanceBox(laneIndex, seat.getValue().index()));
            maxColumn = Math.max(maxColumn, seat.getValue().index() / ROWS + 1);
        }
        double width = Math.max(viewportWidth, instanceX(maxColumn) + MARGIN);
        double height = MARGIN + (maxLane + 1) * (LANE_H + LANE_GAP) - LANE_GAP + MARGIN;
        return new Placement(Map.copyOf(boxes), Set.copyOf(missing), new Seating(lanes, seats), width,
                Math.max(height, 2 * MARGIN));
    }

    public static Box blueprintBox(int lane, boolean present) {
        return new Box(MARGIN, laneY(lane), BLUEPRINT_W, present ? LANE_H : MISSING_H);
    }

    public static Box instanceBox(int lane, int seat) {
        int column = seat / ROWS;
        int row = seat % ROWS;
        return new Box(instanceX(column), laneY(lane) + row * (INSTANCE_H + ROW_GAP), INSTANCE_W, INSTANCE_H);
    }

    private static double laneY(int lane) {
        return MARGIN + lane * (LANE_H + LANE_GAP);
    }

    private static double instanceX(int column) {
        return MARGIN + BLUEPRINT_W + LINK_GAP + column * (INSTANCE_W + COL_GAP);
    }

    /** Lane keys still needed, newcomers in the yard's reading order. */
    private static Map<String, Integer> assignLanes(EngineState state, Seating previous) {
        Set<String> needed = new LinkedHashSet<>();
        state.sortedImages().forEach(i -> needed.add(i.id()));
        new TreeSet<>(state.containers().values().stream().map(ContainerInstance::imageId).toList())
                .forEach(needed::add);
        Map<String, Integer> lanes = new HashMap<>();
        BitSet taken = new BitSet();
        previous.lanes().forEach((key, index) -> {
            if (needed.contains(key)) {
                lanes.put(key, index);
                taken.set(index);
            }
        });
        for (String key : needed) {
            if (!lanes.containsKey(key)) {
                int free = taken.nextClearBit(0);
                lanes.put(key, free);
                taken.set(free);
            }
        }
        return lanes;
    }

    private static Map<String, Seat> assignSeats(EngineState state, Seating previous) {
        Map<String, Seat> seats = new HashMap<>();
        Map<String, BitSet> takenByLane = new HashMap<>();
        previous.seats().forEach((id, seat) -> {
            ContainerInstance c = state.containers().get(id);
            if (c != null && c.imageId().equals(seat.lane())) {
                seats.put(id, seat);
                takenByLane.computeIfAbsent(seat.lane(), k -> new BitSet()).set(seat.index());
            }
        });
        List<ContainerInstance> newcomers = new ArrayList<>();
        for (ContainerInstance c : state.containers().values()) {
            if (!seats.containsKey(c.id())) {
                newcomers.add(c);
            }
        }
        newcomers.sort(Comparator.comparing(ContainerInstance::created, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(ContainerInstance::id));
        for (ContainerInstance c : newcomers) {
            BitSet taken = takenByLane.computeIfAbsent(c.imageId(), k -> new BitSet());
            int free = taken.nextClearBit(0);
            taken.set(free);
            seats.put(c.id(), new Seat(c.imageId(), free));
        }
        return seats;
    }
}
