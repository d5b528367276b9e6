package io.dockyard.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells whether an answer fetched after an event is still true when it arrives. Every event that
 * makes or removes an object takes the next number; an answer asked for at number n is current
 * only while n is still the object's newest, so a slow answer never brings back an object removed
 * meanwhile. A resync forgets everything, which voids every answer in flight. One thread only.
 */
final class Freshness {
    private long sequence;
    private final Map<String, Long> newest = new HashMap<>();

    /** The object is there as of now; returns the number an answer about it must carry. */
    long present(String id) {
        long n = ++sequence;
        newest.put(id, n);
        return n;
    }

    /** The object is gone. */
    void gone(String id) {
        sequence++;
        newest.remove(id);
    }

    /** Nothing known before this is news any more. */
    void resynced() {
        sequence++;
        newest.clear();
    }

    /** The number of the newest event so far, for an answer about every object at once. */
    long now() {
        return sequence;
    }

    /** An answer about the object asked for at {@code asked} still holds. */
    boolean isNewest(String id, long asked) {
        Long n = newest.get(id);
        return n != null && n == asked;
    }

    /** The object was there before {@code asked} and nothing has happened to it since. */
    boolean unchangedSince(String id, long asked) {
        Long n = newest.get(id);
        return n != null && n <= asked;
    }
}
