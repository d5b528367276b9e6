package io.dockyard.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Finds a Swarm object as the docker CLI does: full id, then a name only one object has, then a unique id prefix. */
final class SwarmLookup {
    private SwarmLookup() {
    }

    static <T extends EngineObject> Optional<T> find(Map<String, T> byId, String idOrName, Function<T, String> name) {
        if (idOrName == null || idOrName.isEmpty()) {
            return Optional.empty();
        }
        T exact = byId.get(idOrName);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<T> named = byId.values().stream().filter(o -> name.apply(o).equals(idOrName)).limit(2).toList();
        if (!named.isEmpty()) {
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }
        List<T> prefixed = byId.values().stream().filter(o -> o.id().startsWith(idOrName)).limit(2).toList();
        return prefixed.size() == 1 ? Optional.of(prefixed.get(0)) : Optional.empty();
    }
}
