package io.dockyard.yard;

import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Relations;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one attachment line reaches its bus. Pure.
 *
 * <p>In a project frame a bus runs above or below the cards ({@link YardLayout#busAboveCards}). A
 * card with no other card between it and its bus drops straight onto it; one with a card in the way
 * leaves by its side (right when the bus is below, left when above) and runs down or up the gap
 * between the columns, in a lane of its own: a gap holds the lines of the inner rows of the column
 * left of it (going down) and of the column right of it (going up), each row at its own distance.
 *
 * @param path   straight onto the bus, or out of the card's side into the gap beside it and down (or up) that gap
 * @param offset straight: sideways from the card's centre, so that a card's several lines lie side by side;
 *               through a gap: how far into the gap, from the card's edge, the line runs
 */
record BusTap(Path path, double offset) {
    enum Path { STRAIGHT, LEFT_GAP, RIGHT_GAP }

    static final BusTap NONE = new BusTap(Path.STRAIGHT, 0);

    static BusTap straight(double offset) {
        return new BusTap(Path.STRAIGHT, offset);
    }

    /** Every attachment's way to its bus, for the links that have a bus on the yard. */
    static Map<Relations.Link, BusTap> plan(YardLayout.Placement placement, Relations relations) {
        Map<Relations.Link, BusTap> taps = new LinkedHashMap<>();
        Map<String, Integer> busesSoFar = new HashMap<>();
        Map<BlockKey, BitSet> taken = new HashMap<>();
        var seating = placement.seating();
        seating.seats().values().forEach(s -> taken.computeIfAbsent(s.group(), k -> new BitSet()).set(s.index()));
        var engine = placement.engine();
        for (Relations.Link l : relations.attachments()) {
            ObjectRef bus = engine.ref(Kind.NETWORK, l.networkId());
            if (!l.networkId().isEmpty() && placement.box(bus) != null) {
                int nth = busesSoFar.merge(l.containerId(), 1, Integer::sum) - 1;
                taps.put(l, tap(seating, taken, seating.seats().get(engine.ref(Kind.CONTAINER, l.containerId())),
                        seating.seats().get(bus), nth));
            }
        }
        return taps;
    }

    private static BusTap tap(YardLayout.Seating seating, Map<BlockKey, BitSet> taken, YardLayout.Seat card,
                              YardLayout.Seat bus, int nth) {
        BusTap straight = straight(-30 + nth * 24);
        if (card == null || bus == null || card.group().type() != BlockKey.Type.PROJECT
                || bus.group().type() != BlockKey.Type.PROJECT_BUSES) {
            return straight; // a free bus runs above the whole yard
        }
        YardLayout.Block frame = seating.blocks().get(card.group());
        int columns = frame.columns();
        int column = card.index() % columns;
        int row = card.index() / columns;
        boolean up = YardLayout.busAboveCards(bus.index());
        BitSet members = taken.getOrDefault(card.group(), new BitSet());
        boolean blocked = false;
        for (int r = up ? 0 : row + 1; r < (up ? row : frame.rows()); r++) {
            blocked |= members.get(r * columns + column);
        }
        if (!blocked) {
            return straight;
        }
        int rows = frame.rows();
        double step = YardLayout.FRAME_COL_GAP / (2 * rows - 1);
        return up ? new BusTap(Path.LEFT_GAP, YardLayout.FRAME_COL_GAP - (rows - 1 + row) * step)
                : new BusTap(Path.RIGHT_GAP, (row + 1) * step);
    }
}
