package io.dockyard.yard;

import io.dockyard.model.ComposeProject;
import io.dockyard.model.EngineObject;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.ProjectRef;
import io.dockyard.model.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One reconciliation pass of the yard against a new state, the same for every kind: remove the
 * nodes whose object is gone, create the new ones through their kind's {@link NodeFactory},
 * update in place only those whose look changed, and put each in its box. Then the same for
 * project frames, then for links ({@link EdgeReconciler}). Nodes are never rebuilt. Short-lived.
 */
final class YardReconciler {
    private final YardScene scene;
    private final YardFacts facts;
    private final Set<ObjectRef> touched;

    /** A full pass: every node, frame and link. */
    YardReconciler(YardScene scene, YardFacts facts) {
        this(scene, facts, null);
    }

    /**
     * A pass over only the {@code touched} nodes ({@link Touched}: nothing moved, no link or frame
     * changed), or a full pass when it is null.
     */
    YardReconciler(YardScene scene, YardFacts facts, Set<ObjectRef> touched) {
        this.scene = scene;
        this.facts = facts;
        this.touched = touched;
    }

    void run() {
        if (touched != null) {
            touchedNodes();
            return;
        }
        nodes();
        frames();
        new EdgeReconciler(scene, facts).run();
    }

    private void touchedNodes() {
        for (ObjectRef ref : touched) {
            Box box = facts.placement().box(ref);
            if (box != null) {
                EngineObject object = facts.state().find(ref).orElse(null);
                show(ref, object, NodeFactories.forObject(ref, object), box);
            }
        }
    }

    private void nodes() {
        Map<Target, Box> boxes = facts.placement().boxes();
        for (ObjectRef ref : List.copyOf(scene.nodes.keySet())) {
            if (!boxes.containsKey(ref)) {
                remove(ref);
            }
        }
        for (Map.Entry<Target, Box> e : boxes.entrySet()) {
            if (e.getKey() instanceof ObjectRef ref) {
                EngineObject object = facts.state().find(ref).orElse(null);
                show(ref, object, NodeFactories.forObject(ref, object), e.getValue());
            }
        }
    }

    private void show(ObjectRef ref, EngineObject object, NodeFactory<?, ?> factory, Box box) {
        YardNode node = scene.nodes.get(ref);
        if (node != null && !factory.draws(node)) {
            remove(ref); // an image went and left a placeholder, or came back
            node = null;
        }
        boolean created = node == null;
        if (created) {
            node = factory.create(ref);
            scene.tag(node);
            scene.nodes.put(ref, node);
            enter(node, box);
        }
        Object look = factory.lookOf(ref, object, facts);
        if (created || !Objects.equals(look, scene.looks.get(ref))) {
            scene.looks.put(ref, look);
            factory.apply(node, object, facts, created);
        }
        place(node, box);
    }

    private void remove(ObjectRef ref) {
        YardNode gone = scene.nodes.remove(ref);
        scene.looks.remove(ref);
        if (gone != null) {
            scene.culling.forget(gone);
            scene.motion.disappear(gone, () -> scene.nodesLayer.getChildren().remove(gone));
        }
    }

    private void frames() {
        Map<String, ComposeProject> projects = facts.relations().projects();
        for (ProjectRef ref : List.copyOf(scene.frames.keySet())) {
            if (!projects.containsKey(ref.name()) || !ref.engine().equals(facts.placement().engine())) {
                scene.framesLayer.getChildren().remove(scene.frames.remove(ref));
                scene.looks.remove(ref);
            }
        }
        List<ProjectFrame> fresh = new ArrayList<>();
        for (ComposeProject p : projects.values()) {
            ProjectRef ref = new ProjectRef(facts.placement().engine(), p.name());
            ProjectFrame frame = scene.frames.get(ref);
            if (frame == null) {
                frame = new ProjectFrame(ref);
                scene.tag(frame);
                scene.frames.put(ref, frame);
                frame.setManaged(false);
                fresh.add(frame);
            }
            if (!p.equals(scene.looks.put(ref, p))) {
                frame.update(p);
            }
            place(frame, facts.placement().box(ref));
        }
        scene.framesLayer.getChildren().addAll(fresh);
    }

    private void enter(YardNode node, Box box) {
        node.setManaged(false);
        place(node, box);
        node.setDetailed(box == null || scene.wantsDetail.test(box));
        if (box == null || !scene.culls() || scene.inView.test(box)) {
            scene.nodesLayer.getChildren().add(node); // the others go in when the camera comes near
        }
    }

    private static void place(YardNode node, Box b) {
        if (b == null) {
            return;
        }
        node.setBox(b);
        if (node.getWidth() != b.width() || node.getHeight() != b.height()) {
            node.resize(b.width(), b.height());
        }
        if (node.getLayoutX() != b.x() || node.getLayoutY() != b.y()) {
            node.relocate(b.x(), b.y());
        }
    }
}
