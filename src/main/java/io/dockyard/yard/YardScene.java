package io.dockyard.yard;

import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.ProjectRef;
import io.dockyard.model.Target;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the yard's helpers share: the layers of the world, the registries of what is drawn (nodes
 * by {@link ObjectRef}, project frames by {@link ProjectRef}, links by {@link EdgeKey}), the
 * placement, the camera, the motion and the clock. The {@link YardView} is only the public face.
 */
final class YardScene {
    final Pane viewport = new Pane();
    final Group world = new Group();
    final Region paper = new Region();
    final Pane framesLayer = new Pane();
    final Pane linksLayer = new Pane();
    final Pane nodesLayer = new Pane();
    final PanZoom camera = new PanZoom(world);
    final NodeMotion motion;
    final Clock clock;
    final Map<ObjectRef, YardNode> nodes = new HashMap<>();
    final Map<ProjectRef, ProjectFrame> frames = new HashMap<>();
    final Map<EdgeKey, LinkLine> edges = new HashMap<>();
    /** Each container's link to its image, by container id: what a highlight of the container lights. */
    final Map<String, LinkLine> imageLinks = new HashMap<>();
    /** The look each node last showed, so that a node is updated only when what it shows changed. */
    final Map<Target, Object> looks = new HashMap<>();
    YardLayout.Placement placement;
    /** Whether a node in this box is drawn in full now (the level of detail decides). */
    java.util.function.Predicate<Box> wantsDetail = b -> true;

    YardScene(NodeMotion motion, Clock clock) {
        this.motion = motion;
        this.clock = clock;
    }

    /** The node of an image (or its placeholder) or a container, by engine id. */
    YardNode nodeById(String id) {
        if (placement == null) {
            return null;
        }
        YardNode n = nodes.get(placement.engine().ref(Kind.CONTAINER, id));
        return n != null ? n : nodes.get(placement.engine().ref(Kind.IMAGE, id));
    }

    /** Every node and frame. */
    List<YardNode> allNodes() {
        List<YardNode> all = new ArrayList<>(nodes.size() + frames.size());
        all.addAll(frames.values());
        all.addAll(nodes.values());
        return all;
    }

    /** The registered node that {@code picked} is part of: itself or its nearest yard-node parent. */
    static YardNode owner(javafx.scene.Node picked) {
        javafx.scene.Node n = picked;
        while (n != null && !(n instanceof YardNode)) {
            n = n.getParent();
        }
        return (YardNode) n;
    }
}
