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
    /** The relations of the state shown last. */
    io.dockyard.model.Relations relations;
    /** Whether a node in this box is drawn in full now (the level of detail decides). */
    java.util.function.Predicate<Box> wantsDetail = b -> true;
    /** Whether a node in this box belongs in the scene graph now: in or near the window. */
    java.util.function.Predicate<Box> inView = b -> true;
    /** Puts nodes and links in the scene graph and takes them out as the camera moves. */
    final Culling culling = new Culling(nodesLayer, linksLayer);

    /** The engine's {@code sha12} that node ids carry while several engines are shown; empty otherwise. */
    private String engineTag = "";

    YardScene(NodeMotion motion, Clock clock) {
        this.motion = motion;
        this.clock = clock;
    }

    /** Gives a node drawn for an object the id its kind has, with the engine's tag when there is one. */
    void tag(javafx.scene.Node node) {
        Object base = node.getProperties().computeIfAbsent(BASE_ID, k -> node.getId());
        if (base != null) {
            node.setId(YardIds.qualify((String) base, engineTag));
        }
    }

    /** Ids with {@code tag} after the kind from now on, for every node drawn and to come. */
    void retag(String tag) {
        String next = tag == null ? "" : tag;
        if (next.equals(engineTag)) {
            return;
        }
        engineTag = next;
        nodes.values().forEach(this::tag);
        frames.values().forEach(this::tag);
    }

    private static final String BASE_ID = "dockyard.base-id";

    /** The node of an image (or its placeholder) or a container, by engine id. */
    YardNode nodeById(String id) {
        if (placement == null) {
            return null;
        }
        YardNode n = nodes.get(placement.engine().ref(Kind.CONTAINER, id));
        return n != null ? n : nodes.get(placement.engine().ref(Kind.IMAGE, id));
    }

    /** Stacks the world: paper, then frames, links and nodes, in a clipped viewport. */
    void buildLayers() {
        paper.getStyleClass().add("yard-paper");
        paper.setManaged(false);
        framesLayer.getStyleClass().add("frames-layer");
        linksLayer.getStyleClass().add("links-layer");
        nodesLayer.getStyleClass().add("nodes-layer");
        for (Pane layer : List.of(framesLayer, linksLayer, nodesLayer)) {
            layer.setPickOnBounds(false);
            layer.setManaged(false);
        }
        world.getChildren().setAll(paper, framesLayer, linksLayer, nodesLayer);
        viewport.getStyleClass().add("yard-viewport");
        viewport.getChildren().add(world);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setMinSize(0, 0);
    }

    /** What the registered node under {@code picked} stands for; empty off the nodes and on stand-ins. */
    java.util.Optional<Target> targetAt(javafx.scene.Node picked) {
        YardNode n = owner(picked);
        if (n == null) {
            return java.util.Optional.empty();
        }
        Target t = n.target();
        boolean registered = t instanceof ObjectRef ref ? nodes.get(ref) == n : frames.get(t) == n;
        return registered ? n.pointsAt() : java.util.Optional.empty();
    }

    /** The width of what is drawn, from the left edge of the bounds. */
    double contentWidth() {
        double max = placement.bounds().x();
        for (Box b : placement.boxes().values()) {
            max = Math.max(max, b.maxX());
        }
        return Math.max(max + YardLayout.MARGIN - placement.bounds().x(), 600);
    }

    /** Centres the camera on a box that is outside the window; says whether it moved. */
    boolean reveal(Target t) {
        Box b = placement == null ? null : placement.box(t);
        if (b == null) {
            return false;
        }
        double z = camera.zoom();
        double sx = camera.offsetX() + b.x() * z;
        double sy = camera.offsetY() + b.y() * z;
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        if (sx < 0 || sy < 0 || sx + b.width() * z > w || sy + b.height() * z > h) {
            camera.centerOn(b.centerX(), b.centerY(), w, h);
            return true;
        }
        return false;
    }

    /**
     * Whether what is out of view is taken out of the scene graph: only in a large yard. A small one
     * keeps every node in the scene graph, hidden while out of view, so that a lookup by id finds it.
     */
    boolean culls() {
        return placement != null && placement.boxes().size() > Culling.SMALL_YARD;
    }

    /** Whether the object's box is in view (true when it has no box yet: it is then placed where it is). */
    boolean inView(Target t) {
        Box b = placement == null ? null : placement.box(t);
        return b == null || !culls() || inView.test(b);
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
