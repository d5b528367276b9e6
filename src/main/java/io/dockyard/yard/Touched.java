package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineId;
import io.dockyard.model.EngineState;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The nodes a new state can change when nothing moved and no link changed: the containers and
 * images that changed, and the containers of a changed image (they show its name). A burst of
 * state changes in a yard of thousands then updates a few nodes instead of visiting every node
 * and link. Pure.
 */
final class Touched {
    private Touched() {
    }

    /**
     * The nodes to update, or null when the change may reach further: objects came or went, or a
     * container changed what its links or frame follow (image, name, mounts, networks and
     * addresses, project, labels), so that the relations of the state before still hold. Call only when the placement was kept (nothing moved).
     */
    static Set<ObjectRef> of(EngineState before, EngineState after, YardViewModel.Diff diff) {
        if (before == null || diff.membershipChanged() || !before.engineId().equals(after.engineId())) {
            return null;
        }
        EngineId engine = after.engineId();
        Set<ObjectRef> touched = new HashSet<>();
        for (String id : diff.changedContainers()) {
            ContainerInstance was = before.containers().get(id);
            ContainerInstance now = after.containers().get(id);
            if (!sameLinks(was, now)) {
                return null;
            }
            touched.add(engine.ref(Kind.CONTAINER, id));
        }
        if (!diff.changedImages().isEmpty()) {
            for (String id : diff.changedImages()) {
                touched.add(engine.ref(Kind.IMAGE, id));
            }
            for (ContainerInstance c : after.containers().values()) {
                if (diff.changedImages().contains(c.imageId())) {
                    touched.add(engine.ref(Kind.CONTAINER, c.id()));
                }
            }
        }
        return touched;
    }

    private static boolean sameLinks(ContainerInstance was, ContainerInstance now) {
        return was.imageId().equals(now.imageId()) && was.name().equals(now.name()) // names order a frame's members
                && Objects.equals(was.mounts(), now.mounts())
                && Objects.equals(was.networks(), now.networks()) && was.composeProject().equals(now.composeProject())
                && Objects.equals(was.labels(), now.labels());
    }
}
