package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.Relations;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What one reconciliation pass knows besides each object: the state, its relations, counts that
 * other objects decide (the Swarm tasks that are history among them), the clock, the placement,
 * and the motion to run. Short-lived.
 */
record YardFacts(EngineState state, Relations relations, YardLayout.Placement placement, Instant now,
                 NodeMotion motion, boolean animate, Map<String, Integer> instancesOfImage,
                 Map<String, Integer> mountsOfVolume, Map<String, Integer> attachedToNetwork,
                 java.util.Set<String> swarmHistory) {

    static YardFacts of(EngineState state, Relations relations, YardLayout.Placement placement, Instant now,
                        NodeMotion motion, boolean animate) {
        Map<String, Integer> instances = new HashMap<>();
        for (ContainerInstance c : state.containers().values()) {
            instances.merge(c.imageId(), 1, Integer::sum);
        }
        Map<String, Integer> mounts = new HashMap<>();
        relations.mounts().forEach(m -> mounts.merge(m.volumeName(), 1, Integer::sum));
        Map<String, Integer> attached = new HashMap<>();
        relations.attachments().forEach(l -> attached.merge(l.networkId(), 1, Integer::sum));
        return new YardFacts(state, relations, placement, now, motion, animate, instances, mounts, attached,
                SwarmFacts.history(state));
    }
}
