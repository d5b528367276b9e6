package io.dockyard.yard;

import io.dockyard.model.ComposeProject;
import io.dockyard.model.EngineState;
import io.dockyard.model.Relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.dockyard.yard.YardLayout.BLUEPRINT_W;
import static io.dockyard.yard.YardLayout.COL_GAP;
import static io.dockyard.yard.YardLayout.FRAME_COL_GAP;
import static io.dockyard.yard.YardLayout.FRAME_PAD;
import static io.dockyard.yard.YardLayout.FRAME_TITLE_H;
import static io.dockyard.yard.YardLayout.INSTANCE_H;
import static io.dockyard.yard.YardLayout.INSTANCE_W;
import static io.dockyard.yard.YardLayout.LANE_H;
import static io.dockyard.yard.YardLayout.LINK_GAP;
import static io.dockyard.yard.YardLayout.ROW_GAP;
import static io.dockyard.yard.YardLayout.VOLUME_H;

/**
 * Which blocks the layout needs (image blocks, their overflow blocks, project frames), their
 * sizes, and where the new ones go. Blocks of the previous layout that are still needed keep
 * their place. Pure.
 *
 * @param blocks     every block, by key
 * @param flowHeight how tall a column of blocks may grow
 */
record BlockPlan(Map<BlockKey, YardLayout.Block> blocks, double flowHeight) {
    private static final double BLOCK_SHAPE = 0.7;

    static BlockPlan make(EngineState state, Relations relations, YardLayout.Groups groups, YardLayout.Seating previous,
                          Set<String> outgrown, Map<BlockKey, Integer> extents) {
        Map<BlockKey, YardLayout.Block> kept = new HashMap<>();
        Map<BlockKey, YardLayout.Block> wanted = new LinkedHashMap<>();
        Set<String> usedByProjects = new java.util.HashSet<>();
        relations.projects().values().forEach(p -> p.containerIds().forEach(id ->
                state.container(id).ifPresent(c -> usedByProjects.add(c.imageId()))));
        for (String image : groups.images()) {
            BlockKey key = BlockKey.image(image);
            YardLayout.Block first = keepOr(previous, key, kept, wanted,
                    () -> imageBlock(extents.getOrDefault(key, 0), usedByProjects.contains(image)));
            int parts = partOf(first, extents.getOrDefault(key, 0) - 1);
            for (int p = 1; p <= parts; p++) {
                keepOr(previous, key.part(p), kept, wanted, () -> overflowBlock(first));
            }
        }
        for (ComposeProject p : relations.projects().values()) {
            BlockKey key = BlockKey.project(p.name());
            YardLayout.Block fresh = frame(extents.getOrDefault(key, 0),
                    extents.getOrDefault(key.as(BlockKey.Type.PROJECT_BUSES), 0),
                    extents.getOrDefault(key.as(BlockKey.Type.PROJECT_TANKS), 0));
            if (outgrown.contains(p.name())) {
                wanted.put(key, fresh);
            } else {
                keepOr(previous, key, kept, wanted, () -> fresh);
            }
        }
        List<Box> sizes = new ArrayList<>();
        wanted.values().forEach(b -> sizes.add(b.box()));
        double height = previous.flowHeight() > 0 && !kept.isEmpty() ? previous.flowHeight()
                : previous.flowHeight() > 0 && wanted.isEmpty() ? previous.flowHeight()
                : Flow.heightFor(sizes, YardLayout.ASPECT);
        Flow flow = new Flow(kept.values().stream().map(YardLayout.Block::box).toList(), height);
        boolean fresh = kept.isEmpty();
        Map<BlockKey, YardLayout.Block> all = new HashMap<>(kept);
        wanted.forEach((key, b) -> {
            double w = b.box().width();
            double h = b.box().height();
            Box at = fresh ? flow.appendAndTake(w, h)
                    : key.part() > 0 ? flow.placeNear(w, h, all.get(key.part(0)).box()) : flow.place(w, h);
            all.put(key, new YardLayout.Block(at, b.columns(), b.rows(), b.buses(), b.tanks()));
        });
        return new BlockPlan(Map.copyOf(all), height);
    }

    private static YardLayout.Block keepOr(YardLayout.Seating previous, BlockKey key, Map<BlockKey, YardLayout.Block> kept,
                                           Map<BlockKey, YardLayout.Block> wanted,
                                           java.util.function.Supplier<YardLayout.Block> make) {
        YardLayout.Block was = previous.blocks().get(key);
        if (was != null) {
            kept.put(key, was);
            return was;
        }
        YardLayout.Block b = make.get();
        wanted.put(key, b);
        return b;
    }

    /** Which block of an image holds seat {@code index}: 0 is the block beside the blueprint. */
    static int partOf(YardLayout.Block first, int index) {
        if (index < first.capacity()) {
            return 0;
        }
        return 1 + (index - first.capacity()) / overflowCapacity(first);
    }

    static int overflowCapacity(YardLayout.Block first) {
        return Math.max(YardLayout.SEAT_COLUMNS, first.columns()) * YardLayout.ROWS;
    }

    /** An image's block, sized for the containers it holds now, with room for the next few. */
    static YardLayout.Block imageBlock(int containers, boolean usedByProjectsOnly) {
        int columns;
        int rows;
        if (containers == 0 && usedByProjectsOnly) {
            columns = 0; // a blueprint alone: its containers live in their projects' frames
            rows = YardLayout.ROWS;
        } else if (containers <= YardLayout.SEATS_PER_LANE) {
            columns = YardLayout.SEAT_COLUMNS;
            rows = YardLayout.ROWS;
        } else {
            rows = (int) Math.ceil(Math.sqrt(containers / BLOCK_SHAPE));
            columns = (int) Math.ceil(containers / (double) rows);
        }
        double w = BLUEPRINT_W + (columns == 0 ? 0 : LINK_GAP + seatsWidth(columns));
        double h = Math.max(LANE_H, seatsHeight(rows));
        return new YardLayout.Block(new Box(0, 0, w, h), columns, rows, 0, 0);
    }

    static YardLayout.Block overflowBlock(YardLayout.Block first) {
        int columns = Math.max(YardLayout.SEAT_COLUMNS, first.columns());
        return new YardLayout.Block(new Box(0, 0, seatsWidth(columns), seatsHeight(YardLayout.ROWS)), columns,
                YardLayout.ROWS, 0, 0);
    }

    /**
     * A project's frame: its containers in one row of up to four with a free seat, more rows beyond
     * that, with gaps between them wide enough for the lines from inner rows; every other bus above
     * the cards, the rest below; its tanks at the bottom.
     */
    static YardLayout.Block frame(int containers, int buses, int tanks) {
        int columns = Math.max(2, Math.min(4, containers + 1));
        int rows = Math.max(1, (int) Math.ceil((containers + 1) / (double) columns));
        int tankRows = tanks == 0 ? 0 : (int) Math.ceil(tanks / (double) YardLayout.tanksPerRow(columns));
        int above = YardLayout.busesAbove(buses);
        double h = FRAME_TITLE_H + (above == 0 ? 0 : above * YardLayout.BUS_PITCH + 4) + seatsHeight(rows) + 4
                + (buses - above) * YardLayout.BUS_PITCH
                + (tankRows == 0 ? 0 : 14 + tankRows * (VOLUME_H + ROW_GAP) - ROW_GAP) + FRAME_PAD;
        double w = 2 * FRAME_COL_GAP + columns * (INSTANCE_W + FRAME_COL_GAP) - FRAME_COL_GAP;
        return new YardLayout.Block(new Box(0, 0, w, h), columns, rows, buses, tanks);
    }

    private static double seatsWidth(int columns) {
        return columns * (INSTANCE_W + COL_GAP) - COL_GAP;
    }

    private static double seatsHeight(int rows) {
        return rows * (INSTANCE_H + ROW_GAP) - ROW_GAP;
    }
}
