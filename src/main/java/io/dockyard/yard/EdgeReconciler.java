package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The links of one pass: which links the state means (one per container to its image, one per
 * volume mount, one per attachment to a user-defined network, one per Swarm task to its service
 * and one to the container that runs it), each keyed by {@link EdgeKey};
 * links that are gone leave, new ones are made, the others are pointed at the current nodes and
 * given their current words. A container's image link is kept when its image changes (its details
 * arrived, or it was recreated from another image), so it is one line for the container's life.
 */
final class EdgeReconciler {
    private final YardScene scene;
    private final YardFacts facts;

    EdgeReconciler(YardScene scene, YardFacts facts) {
        this.scene = scene;
        this.facts = facts;
    }

    void run() {
        Map<EdgeKey, EdgeSpec> wanted = wanted();
        Map<ObjectRef, LinkLine> retargeted = new HashMap<>();
        for (EdgeKey key : List.copyOf(scene.edges.keySet())) {
            if (!wanted.containsKey(key)) {
                LinkLine gone = scene.edges.remove(key);
                if (key.kind() == EdgeKey.Kind.IMAGE && scene.nodes.containsKey(key.from())) {
                    retargeted.put(key.from(), gone); // the same container, another image: keep its line
                } else {
                    leave(gone);
                }
            }
        }
        List<javafx.scene.Node> added = new ArrayList<>();
        List<javafx.scene.Node> labels = new ArrayList<>();
        for (Map.Entry<EdgeKey, EdgeSpec> e : wanted.entrySet()) {
            EdgeKey key = e.getKey();
            LinkLine line = scene.edges.get(key);
            YardNode to = scene.nodes.get(key.to());
            boolean entering = false;
            if (line == null) {
                line = retargeted.remove(key.from());
                if (line != null && key.kind() == EdgeKey.Kind.IMAGE) {
                    line.rekey(key);
                } else {
                    line = new LinkLine(key, scene.nodes.get(key.from()), to);
                    entering = scene.inView(key.from()) || scene.inView(key.to()); // the others: when the camera comes near
                    if (entering) {
                        added.add(line);
                    }
                }
                scene.edges.put(key, line);
                if (key.kind() == EdgeKey.Kind.IMAGE) {
                    scene.imageLinks.put(key.from().id(), line);
                }
            }
            line.connect(to);
            line.show(e.getValue());
            if (line.hasLabel() && line.label().getParent() == null && (entering || line.getParent() != null)) {
                labels.add(line.label()); // words arrived (a mount path, an address): after the lines, over them
            }
        }
        retargeted.values().forEach(this::leave);
        added.addAll(labels);
        scene.linksLayer.getChildren().addAll(added);
    }

    private void leave(LinkLine line) {
        line.detach();
        scene.culling.forget(line);
        scene.imageLinks.remove(line.containerId(), line);
        scene.linksLayer.getChildren().remove(line);
        if (line.hasLabel()) {
            scene.linksLayer.getChildren().remove(line.label());
        }
    }

    private Map<EdgeKey, EdgeSpec> wanted() {
        Map<EdgeKey, EdgeSpec> wanted = new LinkedHashMap<>();
        var engine = facts.placement().engine();
        for (ContainerInstance c : facts.state().containers().values()) {
            ObjectRef from = engine.ref(Kind.CONTAINER, c.id());
            wanted.put(new EdgeKey(from, engine.ref(Kind.IMAGE, c.imageId()), EdgeKey.Kind.IMAGE, ""), EdgeSpec.PLAIN);
        }
        for (Relations.Mount m : facts.relations().mounts()) {
            ObjectRef to = engine.ref(Kind.VOLUME, m.volumeName());
            if (scene.nodes.containsKey(to)) {
                String tip = m.volumeName() + " is mounted at " + m.destination() + (m.readOnly() ? ", read-only" : "");
                wanted.put(new EdgeKey(engine.ref(Kind.CONTAINER, m.containerId()), to, EdgeKey.Kind.MOUNT, m.destination()),
                        new EdgeSpec(m.destination() + (m.readOnly() ? " (ro)" : ""), tip, m.readOnly(), BusTap.NONE));
            }
        }
        BusTap.plan(facts.placement(), facts.relations()).forEach((l, tap) -> {
            ObjectRef to = engine.ref(Kind.NETWORK, l.networkId());
            if (scene.nodes.containsKey(to)) {
                wanted.put(new EdgeKey(engine.ref(Kind.CONTAINER, l.containerId()), to, EdgeKey.Kind.ATTACHMENT, ""),
                        attachment(l, tap));
            }
        });
        swarm(wanted, engine);
        return wanted;
    }

    /** Each task to its service, and to the container that runs it where this engine holds it. */
    private void swarm(Map<EdgeKey, EdgeSpec> wanted, io.dockyard.model.EngineId engine) {
        for (Relations.Placement p : facts.relations().placements()) {
            ObjectRef task = engine.ref(Kind.TASK, p.taskId());
            if (!scene.nodes.containsKey(task)) {
                continue;
            }
            boolean history = facts.swarmHistory().contains(p.taskId());
            ObjectRef service = engine.ref(Kind.SERVICE, p.serviceId());
            if (scene.nodes.containsKey(service)) {
                wanted.put(new EdgeKey(task, service, EdgeKey.Kind.REPLICA, ""),
                        new EdgeSpec("", "", false, BusTap.NONE, history));
            }
            ObjectRef container = engine.ref(Kind.CONTAINER, p.containerId());
            if (p.containerHere() && scene.nodes.containsKey(container)) {
                wanted.put(new EdgeKey(task, container, EdgeKey.Kind.RUNS, ""),
                        new EdgeSpec("", "", false, BusTap.NONE, history));
            }
        }
    }

    private static EdgeSpec attachment(Relations.Link l, BusTap tap) {
        var a = l.attachment();
        String address = a.ipAddress().isEmpty() ? "no address (stopped)" : a.ipAddress();
        String aliases = a.aliases().isEmpty() ? "" : "\nother containers reach it as " + String.join(", ", a.aliases());
        return new EdgeSpec(a.ipAddress(), a.networkName() + ": " + address + aliases, false, tap);
    }
}
