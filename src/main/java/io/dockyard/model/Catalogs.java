package io.dockyard.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * One catalog per kind: every object the engine holds, by kind and then by id. Immutable; the
 * reducer builds the next one through {@link Builder}.
 */
public final class Catalogs {
    public static final Catalogs EMPTY = new Builder().build();

    private final Map<Kind, Map<String, EngineObject>> byKind;

    private Catalogs(Map<Kind, Map<String, EngineObject>> byKind) {
        this.byKind = byKind;
    }

    /** Catalogs holding exactly the given objects. */
    public static Catalogs of(Collection<? extends EngineObject> objects) {
        Builder b = new Builder();
        objects.forEach(b::put);
        return b.build();
    }

    /**
     * The catalog of one kind, typed as that kind's record.
     *
     * @throws IllegalArgumentException when {@code type} is not the kind's record
     */
    @SuppressWarnings("unchecked")
    public <T extends EngineObject> Map<String, T> of(Kind kind, Class<T> type) {
        if (kind.type() != type) {
            throw new IllegalArgumentException(kind + " objects are " + kind.type() + ", not " + type);
        }
        return (Map<String, T>) (Map<String, ?>) any(kind);
    }

    /** The catalog of one kind, untyped: for code that treats every kind alike. */
    public Map<String, EngineObject> any(Kind kind) {
        return byKind.getOrDefault(kind, Map.of());
    }

    /** The total number of objects of every kind. */
    public int size() {
        return byKind.values().stream().mapToInt(Map::size).sum();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Catalogs c && byKind.equals(c.byKind);
    }

    @Override
    public int hashCode() {
        return byKind.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Catalogs[");
        byKind.forEach((k, m) -> sb.append(k).append('=').append(m.size()).append(' '));
        return sb.append(']').toString();
    }

    /** Mutable, for one reduction; copies a kind's catalog only when that kind changes. */
    public static final class Builder {
        private final Map<Kind, Map<String, EngineObject>> byKind = new EnumMap<>(Kind.class);
        private final Map<Kind, Map<String, EngineObject>> editing = new EnumMap<>(Kind.class);

        public Builder() {
            for (Kind kind : Kind.values()) {
                if (kind.isModelled()) {
                    byKind.put(kind, Map.of());
                }
            }
        }

        private Builder(Catalogs from) {
            byKind.putAll(from.byKind);
        }

        public Builder put(EngineObject object) {
            editable(object.kind()).put(object.id(), object);
            return this;
        }

        public Builder remove(Kind kind, String id) {
            if (byKind.getOrDefault(kind, Map.of()).containsKey(id) || editing.containsKey(kind)) {
                editable(kind).remove(id);
            }
            return this;
        }

        /** Replaces the whole catalog of one kind. */
        public Builder replace(Kind kind, Collection<? extends EngineObject> objects) {
            Map<String, EngineObject> fresh = new HashMap<>();
            for (EngineObject o : objects) {
                if (o.kind() != kind) {
                    throw new IllegalArgumentException("a " + o.kind() + " in the " + kind + " listing");
                }
                fresh.put(o.id(), o);
            }
            editing.put(kind, fresh);
            return this;
        }

        public EngineObject get(Kind kind, String id) {
            Map<String, EngineObject> m = editing.get(kind);
            return (m != null ? m : byKind.getOrDefault(kind, Map.of())).get(id);
        }

        /** The catalog of one kind as it stands in this builder; read-only. */
        public Map<String, EngineObject> view(Kind kind) {
            Map<String, EngineObject> m = editing.get(kind);
            return Collections.unmodifiableMap(m != null ? m : byKind.getOrDefault(kind, Map.of()));
        }

        private Map<String, EngineObject> editable(Kind kind) {
            if (!kind.isModelled()) {
                throw new IllegalArgumentException("Dockyard has no catalog for " + kind + " yet");
            }
            return editing.computeIfAbsent(kind, k -> new HashMap<>(byKind.getOrDefault(k, Map.of())));
        }

        public Catalogs build() {
            Map<Kind, Map<String, EngineObject>> done = new EnumMap<>(byKind);
            editing.forEach((kind, m) -> done.put(kind, Map.copyOf(m)));
            return new Catalogs(Collections.unmodifiableMap(done));
        }
    }
}
