package io.dockyard.yard;

import io.dockyard.model.ObjectRef;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out numbered seats in groups (an image's containers, a project's buses …): a seat, once
 * given, is kept while its holder stays in the same group; a freed seat is a hole until a newcomer
 * of that group takes it. Pure.
 */
final class Seats {
    private Seats() {
    }

    /**
     * @param groups   the group each holder belongs to now
     * @param order    every holder, newcomers seated in this order
     * @param previous seats from the last layout
     * @param keep     groups whose previous seats may be kept (a relocated project starts afresh)
     */
    static Map<ObjectRef, YardLayout.Seat> assign(Map<ObjectRef, BlockKey> groups, List<ObjectRef> order,
                                                  Map<ObjectRef, YardLayout.Seat> previous,
                                                  java.util.function.Predicate<BlockKey> keep) {
        Map<ObjectRef, YardLayout.Seat> seats = new HashMap<>();
        Map<BlockKey, BitSet> taken = new HashMap<>();
        previous.forEach((ref, seat) -> {
            if (seat.group().equals(groups.get(ref)) && keep.test(seat.group())) {
                seats.put(ref, seat);
                taken.computeIfAbsent(seat.group(), k -> new BitSet()).set(seat.index());
            }
        });
        for (ObjectRef ref : order) {
            BlockKey group = groups.get(ref);
            if (group != null && !seats.containsKey(ref)) {
                BitSet t = taken.computeIfAbsent(group, k -> new BitSet());
                int free = t.nextClearBit(0);
                t.set(free);
                seats.put(ref, new YardLayout.Seat(group, free));
            }
        }
        return seats;
    }

    /** How many seats each group needs: its highest seat plus one. */
    static Map<BlockKey, Integer> extents(Map<ObjectRef, YardLayout.Seat> seats) {
        Map<BlockKey, Integer> n = new HashMap<>();
        seats.values().forEach(s -> n.merge(s.group(), s.index() + 1, Math::max));
        return n;
    }
}
