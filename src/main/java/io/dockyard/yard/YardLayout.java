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
 * <p>Design: every image owns a <em>lane</em> (a fixed-size band). Its blueprint sits at the left
 * of the lane; its containers take <em>seats</em> to the right, {@link #ROWS} rows by
 * {@link #SEAT_COLUMNS} columns. An image with more containers than one lane holds continues in
 * extension lanes of its own. A seat, once given, is kept for the container's whole life and a
 * freed seat stays a hole until a newer container of the same image takes it; lanes work the same
 * way for images. Lanes fill a grid column by column ({@code lanesPerColumn} is fixed when the
 * yard is first laid out, so a big yard is roughly as wide as the window's shape). So adding or
 * removing one container moves no other node, and adding or removing an image moves no other lane.
 * A lane is keyed by image id, so a container whose image lost its tags or was removed keeps its
 * lane: the blueprint is then drawn as a "missing image" placeholder at the same place. Passing
 * {@link Seating#EMPTY} lays the yard out afresh, tidy and in {@link EngineState#sortedImages()} order.
 *
 * <p>The viewport width sets the minimum extent of the yard and, on a fresh layout, the shape of
 * the grid (how many lanes per column); the view pans and zooms over the rest (fit to view).
 */
public final class YardLayout {
    public static final double BLUEPRINT_W = 300;
    public static final double INSTANCE_W = 280;
    public static final double INSTANCE_H = 118;
    public static final int ROWS = 2;
    public static final int SEAT_COLUMNS = 3;
    public static final int SEATS_PER_LANE = ROWS * SEAT_COLUMNS;
    public static final double LANE_COLUMN_GAP = 90;
    public static final double ROW_GAP = 16;
    public static final double COL_GAP = 28;
    public static final double LINK_GAP = 110;
    public static final double LANE_GAP = 56;
    public static final double MARGIN = 48;
    public static final double LANE_H = ROWS * INSTANCE_H + (ROWS - 1) * ROW_GAP;
    public static final double MISSING_H = 96;
    public static final double LANE_W = BLUEPRINT_W + LINK_GAP + SEAT_COLUMNS * (INSTANCE_W + COL_GAP) - COL_GAP;
    /** The shape a fresh layout aims for, width over height. */
    static final double ASPECT = 1.6;

    private YardLayout() {
    }

    /** A container's place: the lane (image id) and its seat index in that lane. */
    public record Seat(String lane, int index) {
    }

    /**
     * What the previous layout handed out; the input that keeps the next layout stable.
     *
     * @param lanes          lane index by lane key (an image id, or {@code id#n} for its n-th extension lane)
     * @param seats          seat by container id
     * @param lanesPerColumn how many lanes one grid column holds; 0 before the first layout
     */
    public record Seating(Map<String, Integer> lanes, Map<String, Seat> seats, int lanesPerColumn) {
        public static final Seating EMPTY = new Seating(Map.of(), Map.of(), 0);

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
        Map<String, Seat> seats = assignSeats(state, previous);
        Map<String, Integer> lanes = assignLanes(state, seats, previous);
        // the grid's shape is chosen once, by the first yard that has anything in it
        int perColumn = previous.lanesPerColumn() > 0 && !previous.lanes().isEmpty()
                ? previous.lanesPerColumn() : lanesPerColumn(lanes.size());
        Map<String, Box> boxes = new HashMap<>();
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, Integer> lane : lanes.entrySet()) {
            String key = lane.getKey();
            if (key.contains("#")) {
                continue; // an extension lane has no blueprint of its own
            }
            boolean present = state.images().containsKey(key);
            if (!present) {
                missing.add(key);
            }
            boxes.put(key, blueprintBox(lane.getValue(), perColumn, present));
        }
        for (Map.Entry<String, Seat> seat : seats.entrySet()) {
            Seat s = seat.getValue();
            int laneIndex = lanes.get(laneKey(s.lane(), s.index()));
            boxes.put(seat.getKey(), instanceBox(laneIndex, perColumn, s.index() % SEATS_PER_LANE));
        }
        double width = viewportWidth;
        double height = 2 * MARGIN;
        for (Box b : boxes.values()) {
            width = Math.max(width, b.maxX() + MARGIN);
            height = Math.max(height, b.maxY() + MARGIN);
        }
        return new Placement(Map.copyOf(boxes), Set.copyOf(missing), new Seating(lanes, seats, perColumn),
                width, height);
    }

    /** Lanes per grid column for a fresh yard of {@code lanes} lanes, so the grid is about {@link #ASPECT} wide. */
    static int lanesPerColumn(int lanes) {
        double pitchX = LANE_W + LANE_COLUMN_GAP;
        double pitchY = LANE_H + LANE_GAP;
        int columns = (int) Math.max(1, Math.round(Math.sqrt(lanes * pitchY * ASPECT / pitchX)));
        return Math.max(4, (int) Math.ceil(lanes / (double) columns));
    }

    /** The key of the lane holding seat {@code index} of an image's containers. */
    static String laneKey(String imageId, int index) {
        int extension = index / SEATS_PER_LANE;
        return extension == 0 ? imageId : imageId + "#" + extension;
    }

    public static Box blueprintBox(int lane, int perColumn, boolean present) {
        return new Box(laneX(lane, perColumn), laneY(lane, perColumn), BLUEPRINT_W, present ? LANE_H : MISSING_H);
    }

    public static Box instanceBox(int lane, int perColumn, int seatInLane) {
        int column = seatInLane / ROWS;
        int row = seatInLane % ROWS;
        return new Box(laneX(lane, perColumn) + BLUEPRINT_W + LINK_GAP + column * (INSTANCE_W + COL_GAP),
                laneY(lane, perColumn) + row * (INSTANCE_H + ROW_GAP), INSTANCE_W, INSTANCE_H);
    }

    private static double laneX(int lane, int perColumn) {
        return MARGIN + (lane / perColumn) * (LANE_W + LANE_COLUMN_GAP);
    }

    private static double laneY(int lane, int perColumn) {
        return MARGIN + (lane % perColumn) * (LANE_H + LANE_GAP);
    }

    /** Lane keys still needed, newcomers in the yard's reading order, each image's extensions after it. */
    private static Map<String, Integer> assignLanes(EngineState state, Map<String, Seat> seats, Seating previous) {
        Map<String, java.util.TreeSet<String>> extensions = new HashMap<>();
        for (Seat s : seats.values()) {
            extensions.computeIfAbsent(s.lane(), k -> new TreeSet<>()).add(laneKey(s.lane(), s.index()));
        }
        Set<String> needed = new LinkedHashSet<>();
        List<String> order = new ArrayList<>();
        state.sortedImages().forEach(i -> order.add(i.id()));
        new TreeSet<>(extensions.keySet()).stream().filter(k -> !state.images().containsKey(k)).forEach(order::add);
        for (String image : order) {
            needed.add(image);
            extensions.getOrDefault(image, new TreeSet<>()).stream()
                    .sorted(Comparator.comparingInt(YardLayout::extensionNumber)).forEach(needed::add);
        }
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

    private static int extensionNumber(String laneKey) {
        int hash = laneKey.indexOf('#');
        return hash < 0 ? 0 : Integer.parseInt(laneKey.substring(hash + 1));
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
