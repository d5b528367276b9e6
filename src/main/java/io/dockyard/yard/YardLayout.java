package io.dockyard.yard;

import io.dockyard.model.ComposeProject;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineId;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.ProjectRef;
import io.dockyard.model.Relations;
import io.dockyard.model.Target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where everything on the yard sits: a pure function of the engine state, the viewport width and
 * the previous seating. No scene graph.
 *
 * <p>Design: every image owns a <em>block</em>, its blueprint at the left and its containers (those
 * of no compose project) in a compact grid of seats beside it, {@code rows} high and {@code columns}
 * wide, both chosen when the block is made from how many containers it holds then (a thousand
 * containers make a block about as wide as it is tall, not one long row). A block that fills up
 * continues in an overflow block of its own, placed as near the block as a free place allows.
 * Every compose project owns a <em>frame</em> that holds its containers, its networks as buses
 * (every other one above the containers, the rest below, so that with two networks no line to one
 * crosses the other; lines past other cards run in the gaps between columns, see {@link BusTap})
 * and its volumes as tanks at the bottom.
 * Volumes of no project stand as tanks in a column left of the yard; user-defined networks of no
 * project run as buses above it. Blocks flow down columns of a fixed height, then right. A swarm's
 * nodes, tasks and services stand in an area below all that ({@link SwarmLayout}).
 *
 * <p>Stability: a seat, a tank, a bus and a block, once given, are kept while their holder stays;
 * what is freed is a hole that a newcomer of the same group takes. So adding or removing one
 * object moves no other. The one exception: a project that outgrows its frame gets a larger
 * frame elsewhere, which moves that project's own members and nothing else. Passing
 * {@link Seating#EMPTY} lays the yard out afresh, tidy, in {@link EngineState#sortedImages()} order.
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
    public static final double VOLUME_W = 190;
    public static final double VOLUME_H = 100;
    public static final double BUS_H = 30;
    public static final double BUS_PITCH = 46;
    public static final double FRAME_PAD = 26;
    public static final double FRAME_TITLE_H = 52;
    /** Between a frame's cards and beside them: room for the lines that run past other cards to a bus. */
    public static final double FRAME_COL_GAP = 56;
    static final int VOLUMES_PER_COLUMN = 10;
    /** The shape a fresh layout aims for, width over height. */
    static final double ASPECT = 1.6;

    private YardLayout() {
    }

    /** A place in a group: which group, which numbered seat. */
    public record Seat(BlockKey group, int index) {
    }

    /** A placed block: where it is and how many seats, buses and tanks it holds. */
    public record Block(Box box, int columns, int rows, int buses, int tanks) {
        int capacity() {
            return columns * rows;
        }
    }

    /**
     * What the previous layout handed out; the input that keeps the next layout stable.
     *
     * @param blocks     image blocks (and their overflow blocks) and project frames
     * @param seats      by object: containers, tanks and buses
     * @param flowHeight how tall a column of blocks may grow; 0 before the first layout with anything in it
     */
    public record Seating(Map<BlockKey, Block> blocks, Map<ObjectRef, Seat> seats, double flowHeight) {
        public static final Seating EMPTY = new Seating(Map.of(), Map.of(), 0);

        public Seating {
            blocks = Map.copyOf(blocks);
            seats = Map.copyOf(seats);
        }
    }

    /**
     * The result.
     *
     * @param engine        the engine whose objects the boxes are keyed by
     * @param boxes         by object (blueprint or missing-image placeholder, instance, volume, network) and by project
     * @param missingImages image ids that containers use but the state does not hold
     * @param seating       pass it to the next call to keep things where they are
     * @param bounds        everything, with a margin; may start left of or above 0 (free volumes and networks)
     */
    public record Placement(EngineId engine, Map<Target, Box> boxes, Set<String> missingImages, Seating seating,
                            Box bounds) {
        public Box box(Target t) {
            return boxes.get(t);
        }

        /** The box of an image (or its placeholder) or a container, by engine id. */
        public Box box(String id) {
            Box b = boxes.get(engine.ref(Kind.IMAGE, id));
            return b != null ? b : boxes.get(engine.ref(Kind.CONTAINER, id));
        }

        public double width() {
            return bounds.width();
        }

        public double height() {
            return bounds.height();
        }
    }

    public static Placement compute(EngineState state, double viewportWidth, Seating previous) {
        return compute(state, Relations.of(state), viewportWidth, previous);
    }

    /** The same, with the state's relations already derived ({@code Relations.of(state)}), so a pass derives them once. */
    public static Placement compute(EngineState state, Relations relations, double viewportWidth, Seating previous) {
        EngineId engine = state.engineId();
        Groups groups = Groups.of(state, relations, engine);
        Map<ObjectRef, Seat> seats = Seats.assign(groups.byRef(), groups.order(), previous.seats(), g -> true);
        Set<String> outgrown = outgrownProjects(previous, Seats.extents(seats), groups);
        if (!outgrown.isEmpty()) {
            seats = Seats.assign(groups.byRef(), groups.order(), previous.seats(), g -> !outgrown.contains(g.owner())
                    || g.type() == BlockKey.Type.IMAGE);
        }
        Map<BlockKey, Integer> extents = Seats.extents(seats);
        BlockPlan plan = BlockPlan.make(state, relations, groups, previous, outgrown, extents);
        Map<Target, Box> boxes = new HashMap<>();
        Set<String> missing = new TreeSet<>();
        for (String imageId : groups.images()) {
            boolean present = state.images().containsKey(imageId);
            if (!present) {
                missing.add(imageId);
            }
            Box b = plan.blocks().get(BlockKey.image(imageId)).box();
            boxes.put(engine.ref(Kind.IMAGE, imageId), new Box(b.x(), b.y(), BLUEPRINT_W, present ? LANE_H : MISSING_H));
        }
        for (ComposeProject p : relations.projects().values()) {
            boxes.put(new ProjectRef(engine, p.name()), plan.blocks().get(BlockKey.project(p.name())).box());
        }
        double flowRight = MARGIN;
        for (Block b : plan.blocks().values()) {
            flowRight = Math.max(flowRight, b.box().maxX());
        }
        for (Map.Entry<ObjectRef, Seat> e : seats.entrySet()) {
            boxes.put(e.getKey(), seatBox(e.getValue(), plan.blocks(), flowRight));
        }
        boxes.putAll(SwarmLayout.place(state, SwarmLayout.topUnder(boxes.values())));
        return new Placement(engine, Map.copyOf(boxes), Set.copyOf(missing),
                new Seating(plan.blocks(), seats, plan.flowHeight()), bounds(boxes.values(), viewportWidth));
    }

    /** True when a new state changes what has a place: objects came or went, a container changed image or project. */
    static boolean movesSomething(EngineState before, EngineState after, YardViewModel.Diff diff) {
        if (diff.membershipChanged() || !before.volumes().equals(after.volumes())
                || !before.networks().equals(after.networks()) || swarmChanged(before, after)) {
            return true;
        }
        for (String id : diff.changedContainers()) {
            ContainerInstance was = before.containers().get(id);
            ContainerInstance now = after.containers().get(id);
            if (!was.imageId().equals(now.imageId()) || !was.composeProject().equals(now.composeProject())) {
                return true;
            }
        }
        return false;
    }

    /** Swarm objects have no seats to keep: any change of them lays the swarm area out again. */
    private static boolean swarmChanged(EngineState before, EngineState after) {
        return !before.nodes().equals(after.nodes()) || !before.services().equals(after.services())
                || !before.tasks().equals(after.tasks());
    }

    private static Set<String> outgrownProjects(Seating previous, Map<BlockKey, Integer> extents, Groups groups) {
        Set<String> outgrown = new TreeSet<>();
        for (String project : groups.projects()) {
            Block was = previous.blocks().get(BlockKey.project(project));
            BlockKey key = BlockKey.project(project);
            if (was != null && (extents.getOrDefault(key, 0) > was.capacity()
                    || extents.getOrDefault(key.as(BlockKey.Type.PROJECT_BUSES), 0) > was.buses()
                    || extents.getOrDefault(key.as(BlockKey.Type.PROJECT_TANKS), 0) > was.tanks())) {
                outgrown.add(project);
            }
        }
        return outgrown;
    }

    /** The box of one seat, from its group's block. */
    private static Box seatBox(Seat seat, Map<BlockKey, Block> blocks, double flowRight) {
        int i = seat.index();
        return switch (seat.group().type()) {
            case IMAGE -> imageSeat(seat.group(), i, blocks);
            case PROJECT -> {
                Block f = blocks.get(seat.group());
                yield new Box(f.box().x() + FRAME_COL_GAP + (i % f.columns()) * (INSTANCE_W + FRAME_COL_GAP),
                        cardsTop(f) + (i / f.columns()) * (INSTANCE_H + ROW_GAP), INSTANCE_W, INSTANCE_H);
            }
            case PROJECT_BUSES -> {
                Block f = blocks.get(seat.group().as(BlockKey.Type.PROJECT));
                int rank = i / 2; // 0 is the bus nearest the cards, on either side
                double y = busAboveCards(i) ? cardsTop(f) - 4 - (rank + 1) * BUS_PITCH
                        : busTop(f) + rank * BUS_PITCH;
                yield new Box(f.box().x() + FRAME_PAD / 2, y, f.box().width() - FRAME_PAD, BUS_H);
            }
            case PROJECT_TANKS -> {
                Block f = blocks.get(seat.group().as(BlockKey.Type.PROJECT));
                int perRow = tanksPerRow(f.columns());
                yield new Box(f.box().x() + FRAME_COL_GAP + (i % perRow) * (VOLUME_W + COL_GAP),
                        tankTop(f) + (i / perRow) * (VOLUME_H + ROW_GAP), VOLUME_W, VOLUME_H);
            }
            case FREE_VOLUMES -> new Box(-(i / VOLUMES_PER_COLUMN + 1) * (VOLUME_W + LINK_GAP),
                    MARGIN + (i % VOLUMES_PER_COLUMN) * (VOLUME_H + LANE_GAP), VOLUME_W, VOLUME_H);
            case FREE_NETWORKS -> new Box(MARGIN, -(i + 1) * (BUS_PITCH + 10), Math.max(600, flowRight - MARGIN), BUS_H);
        };
    }

    private static Box imageSeat(BlockKey group, int index, Map<BlockKey, Block> blocks) {
        Block first = blocks.get(group);
        int part = BlockPlan.partOf(first, index);
        int j = part == 0 ? index : (index - first.capacity()) % BlockPlan.overflowCapacity(first);
        Block b = blocks.get(group.part(part));
        double left = b.box().x() + (part == 0 ? BLUEPRINT_W + LINK_GAP : 0);
        return new Box(left + (j / b.rows()) * (INSTANCE_W + COL_GAP), b.box().y() + (j % b.rows()) * (INSTANCE_H + ROW_GAP),
                INSTANCE_W, INSTANCE_H);
    }

    /**
     * Whether a project's bus runs above its cards: every other one does, so that with two networks
     * each has a side to itself and no line to one crosses the other.
     */
    static boolean busAboveCards(int busSeat) {
        return busSeat % 2 == 1;
    }

    /** How many of a frame's buses run above its cards. */
    static int busesAbove(int buses) {
        return buses / 2;
    }

    static double cardsTop(Block frame) {
        int above = busesAbove(frame.buses());
        return frame.box().y() + FRAME_TITLE_H + (above == 0 ? 0 : above * BUS_PITCH + 4);
    }

    /** The top of the first bus below a frame's cards. */
    static double busTop(Block frame) {
        return cardsTop(frame) + frame.rows() * (INSTANCE_H + ROW_GAP) + 4;
    }

    static double tankTop(Block frame) {
        return busTop(frame) + (frame.buses() - busesAbove(frame.buses())) * BUS_PITCH + 14;
    }

    static int tanksPerRow(int columns) {
        double inner = columns * (INSTANCE_W + FRAME_COL_GAP) - FRAME_COL_GAP;
        return Math.max(1, (int) ((inner + COL_GAP) / (VOLUME_W + COL_GAP)));
    }

    private static Box bounds(Iterable<Box> boxes, double viewportWidth) {
        double minX = 0;
        double minY = 0;
        double maxX = viewportWidth;
        double maxY = 2 * MARGIN;
        for (Box b : boxes) {
            minX = Math.min(minX, b.x() - MARGIN);
            minY = Math.min(minY, b.y() - MARGIN);
            maxX = Math.max(maxX, b.maxX() + MARGIN);
            maxY = Math.max(maxY, b.maxY() + MARGIN);
        }
        return new Box(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * Who belongs to which group, and the order newcomers are seated in.
     *
     * @param byRef    the group of every container, tank and bus
     * @param order    containers oldest first, project members in service order, tanks and buses by name
     * @param images   every image that needs a block: those in the state and those containers still use
     * @param projects compose projects by name
     */
    record Groups(Map<ObjectRef, BlockKey> byRef, List<ObjectRef> order, Set<String> images, Set<String> projects) {
        static Groups of(EngineState state, Relations relations, EngineId engine) {
            Map<ObjectRef, BlockKey> byRef = new LinkedHashMap<>();
            List<ObjectRef> order = new ArrayList<>();
            Set<String> images = new java.util.LinkedHashSet<>();
            state.sortedImages().forEach(i -> images.add(i.id()));
            state.containers().values().stream().map(ContainerInstance::imageId).sorted().forEach(images::add);
            Set<String> inProjects = new java.util.HashSet<>();
            for (ComposeProject p : relations.projects().values()) {
                BlockKey frame = BlockKey.project(p.name());
                p.containerIds().forEach(id -> add(byRef, order, engine.ref(Kind.CONTAINER, id), frame));
                p.networkIds().stream().filter(id -> state.networks().containsKey(id)
                                && !state.networks().get(id).isDefault())
                        .forEach(id -> add(byRef, order, engine.ref(Kind.NETWORK, id), frame.as(BlockKey.Type.PROJECT_BUSES)));
                p.volumeNames().stream().filter(state.volumes()::containsKey)
                        .forEach(v -> add(byRef, order, engine.ref(Kind.VOLUME, v), frame.as(BlockKey.Type.PROJECT_TANKS)));
                inProjects.addAll(p.containerIds());
            }
            state.containers().values().stream().filter(c -> !inProjects.contains(c.id()))
                    .sorted(java.util.Comparator.comparing(ContainerInstance::created,
                            java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())).thenComparing(ContainerInstance::id))
                    .forEach(c -> add(byRef, order, engine.ref(Kind.CONTAINER, c.id()), BlockKey.image(c.imageId())));
            state.networks().values().stream().filter(n -> !n.isDefault())
                    .sorted(java.util.Comparator.comparing(io.dockyard.model.NetworkRecord::name))
                    .forEach(n -> add(byRef, order, engine.ref(Kind.NETWORK, n.id()), BlockKey.FREE_NETWORKS));
            new TreeSet<>(state.volumes().keySet())
                    .forEach(v -> add(byRef, order, engine.ref(Kind.VOLUME, v), BlockKey.FREE_VOLUMES));
            return new Groups(byRef, order, images, relations.projects().keySet());
        }

        /** The first group given wins: a project's network is not also a free one. */
        private static void add(Map<ObjectRef, BlockKey> byRef, List<ObjectRef> order, ObjectRef ref, BlockKey group) {
            if (byRef.putIfAbsent(ref, group) == null) {
                order.add(ref);
            }
        }
    }
}
