package io.dockyard.yard;

import io.dockyard.model.EngineState;
import io.dockyard.motion.Motion;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The yard: every image as a blueprint, every container as an instance linked to it. Id {@code yard}.
 * Call {@link #show(EngineState)} on the FX thread with each new state; nodes are reconciled by id
 * (created once, updated in place, removed), never rebuilt. Links live in a layer under the nodes.
 */
public final class YardView extends StackPane {
    /** The key that puts the cursor in the filter: Ctrl+F (Cmd+F on macOS). */
    public static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F");
    /** Below this zoom nodes are drawn as outlines only. */
    public static final double OVERVIEW_ZOOM = 0.45;
    /** The least zoom the yard opens at, so that a first look shows words, not outlines. */
    static final double READABLE_ZOOM = 0.7;
    /** Below this zoom even the large names go, leaving coloured tiles. */
    public static final double TITLES_ZOOM = 0.16;
    private static final double PAPER_BLEED = 3000;
    private static final double CHROME_TOP = 56;
    private static final PseudoClass OVERVIEW = PseudoClass.getPseudoClass("overview");

    private final YardViewModel model;
    /** The highlight that stands (lesson, refusal), and whether something points at the yard over it. */
    private Highlight standing = Highlight.NONE;
    private boolean pointing;
    private final Clock clock;
    private final NodeMotion motion;
    private final Pane viewport = new Pane();
    private final Group world = new Group();
    private final Region paper = new Region();
    private final Pane linksLayer = new Pane();
    private final Pane nodesLayer = new Pane();
    private final PanZoom camera = new PanZoom(world);
    private final YardChrome chrome;
    private final Map<String, BlueprintNode> blueprints = new HashMap<>();
    private final Map<String, MissingImageNode> placeholders = new HashMap<>();
    private final Map<String, InstanceNode> instances = new HashMap<>();
    private final Map<String, LinkLine> links = new HashMap<>();
    private final Timeline statusTicker;
    private final LevelOfDetail detail = new LevelOfDetail(this);
    private final YardMarks marks;
    private YardLayout.Placement placement;
    private Consumer<Selection> onOpen = s -> { };
    private boolean fitPending;
    private boolean userMovedCamera;

    public YardView() {
        this(new YardViewModel(), Motion.fromSystemProperties(), Clock.systemUTC());
    }

    public YardView(YardViewModel model, Motion motion, Clock clock) {
        this.model = model;
        this.clock = clock;
        this.motion = new NodeMotion(motion);
        this.chrome = new YardChrome(this, model);
        this.marks = new YardMarks(this, model);
        this.statusTicker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tickStatus()));
        statusTicker.setCycleCount(Animation.INDEFINITE);
        createView();
        new YardInput(this, model, camera, viewport).install();
        initListeners();
    }

    private void createView() {
        setId("yard");
        getStyleClass().add("yard");
        getStylesheets().add(YardView.class.getResource("yard.css").toExternalForm());
        paper.getStyleClass().add("yard-paper");
        paper.setManaged(false);
        linksLayer.getStyleClass().add("links-layer");
        nodesLayer.getStyleClass().add("nodes-layer");
        linksLayer.setPickOnBounds(false);
        nodesLayer.setPickOnBounds(false);
        linksLayer.setManaged(false);
        nodesLayer.setManaged(false);
        world.getChildren().setAll(paper, linksLayer, nodesLayer);
        viewport.getStyleClass().add("yard-viewport");
        viewport.getChildren().add(world);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        viewport.setMinSize(0, 0);
        setMinSize(0, 0);
        getChildren().add(viewport);
        chrome.install();
    }

    private void initListeners() {
        camera.zoomProperty().addListener((o, was, now) -> applyDetail(now.doubleValue()));
        model.selectionProperty().addListener((o, was, now) -> {
            setSelected(was, false);
            setSelected(now, true);
        });
        model.highlightProperty().addListener((o, was, now) -> applyHighlight(was, now));
        model.filterProperty().addListener((o, was, now) -> applyFilter());
        sceneProperty().addListener((o, was, now) -> {
            motion.setAttached(now != null);
            if (now != null) {
                statusTicker.play();
            } else {
                statusTicker.stop();
            }
        });
        viewport.widthProperty().addListener(o -> {
            if (fitPending) {
                frameStart();
            }
            cameraMoved();
        });
        viewport.heightProperty().addListener(o -> cameraMoved());
    }

    // Public API

    /** Shows the engine as it is now: reconciles nodes by id. Call on the FX thread. */
    public void show(EngineState state) {
        boolean first = model.stateProperty().get() == null;
        boolean wasEmpty = placement == null || placement.boxes().isEmpty();
        EngineState before = model.stateProperty().get();
        YardViewModel.Diff diff = model.accept(state);
        if (first || diff.membershipChanged() || placement == null || changedLane(before, state, diff)) {
            placement = YardLayout.compute(state, Math.max(getWidth(), 800),
                    placement == null ? YardLayout.Seating.EMPTY : placement.seating());
            paper.resizeRelocate(-PAPER_BLEED, -PAPER_BLEED, placement.width() + 2 * PAPER_BLEED,
                    placement.height() + 2 * PAPER_BLEED);
        }
        YardReconciler r = new YardReconciler(this, state, placement, !first);
        r.images(diff);
        r.placeholders();
        r.containers(diff);
        applyFilter();
        marks.relight(model.highlightProperty().get());
        if (first || diff.membershipChanged()) {
            refreshDetail();
            chrome.refreshMinimap();
        }
        if (wasEmpty && !placement.boxes().isEmpty() && !userMovedCamera) {
            fitPending = true; // the first things to show: frame them (now, or once the window has a size)
        }
        if (fitPending && viewport.getWidth() > 0) {
            frameStart();
        }
    }

    /** True when a container now names another image (its details arrived, or it was recreated). */
    private static boolean changedLane(EngineState before, EngineState after, YardViewModel.Diff diff) {
        for (String id : diff.changedContainers()) {
            if (!before.containers().get(id).imageId().equals(after.containers().get(id).imageId())) {
                return true;
            }
        }
        return false;
    }

    public YardViewModel model() {
        return model;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return model.selectionProperty();
    }

    public void select(Selection s) {
        model.select(s);
    }

    public void clearSelection() {
        model.clearSelection();
    }

    /** Lights the given image and container ids (and the containers' links) with a reason shown on the yard. */
    public void highlight(Set<String> ids, String reason) {
        highlight(new Highlight(ids, reason, Highlight.Focus.NODE));
    }

    /** Lights a highlight that stays until it is replaced or cleared (a lesson step, a refusal). */
    public void highlight(Highlight h) {
        standing = h;
        if (!pointing) {
            model.highlight(h);
        }
    }

    public void clearHighlight() {
        highlight(Highlight.NONE);
    }

    /**
     * Shows {@code h} only while something points at the yard, such as a hovered row of the
     * comparison; {@link #stopPointing()} brings back the highlight that stood before.
     */
    public void pointAt(Highlight h) {
        pointing = true;
        model.highlight(h);
    }

    public void stopPointing() {
        pointing = false;
        model.highlight(standing);
    }

    /** Called when the user asks to open the selection (Enter, double-click). */
    public void setOnOpen(Consumer<Selection> handler) {
        onOpen = handler == null ? s -> { } : handler;
    }

    /** The filter field, so the app may place it in its tool bar (it sits on the yard otherwise). */
    public TextField filterField() {
        return chrome.filterField();
    }

    /** Puts the cursor in the filter field, its text selected ({@link #FIND}). */
    public void focusFilter() {
        chrome.filterField().requestFocus();
        chrome.filterField().selectAll();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return camera.zoomProperty();
    }

    public void zoomBy(double factor) {
        camera.zoomAt(factor, viewport.getWidth() / 2, viewport.getHeight() / 2);
        userMovedCamera();
        cameraMoved();
    }

    /** Fits the whole yard into the window. */
    public void fitToView() {
        if (placement != null && viewport.getWidth() > 0) {
            camera.fit(0, 0, contentWidth(), placement.height(), viewport.getWidth(), viewport.getHeight() - CHROME_TOP);
            camera.panBy(0, CHROME_TOP);
            fitPending = false;
            cameraMoved();
        }
    }

    /** The first view of a yard: all of it if it can be read that way, else its start, readable. */
    private void frameStart() {
        if (placement != null && viewport.getWidth() > 0) {
            camera.frame(0, 0, contentWidth(), placement.height(), viewport.getWidth(),
                    viewport.getHeight() - CHROME_TOP, READABLE_ZOOM);
            camera.panBy(0, CHROME_TOP);
            fitPending = false;
            cameraMoved();
        }
    }

    /** The node showing an image or container id, if any. */
    public YardNode nodeFor(String id) {
        YardNode n = instances.get(id);
        if (n == null) {
            n = blueprints.get(id);
        }
        return n != null ? n : placeholders.get(id);
    }

    /** The world group (links and nodes), for export. */
    public Group world() {
        return world;
    }

    public YardLayout.Placement placement() {
        return placement;
    }

    // Package internals used by the reconciler, chrome and input

    Map<String, BlueprintNode> blueprints() {
        return blueprints;
    }

    Map<String, MissingImageNode> placeholders() {
        return placeholders;
    }

    Map<String, InstanceNode> instances() {
        return instances;
    }

    Map<String, LinkLine> links() {
        return links;
    }

    Pane nodesLayer() {
        return nodesLayer;
    }

    Pane linksLayer() {
        return linksLayer;
    }

    NodeMotion motion() {
        return motion;
    }

    Clock clock() {
        return clock;
    }

    PanZoom camera() {
        return camera;
    }

    Pane viewport() {
        return viewport;
    }

    /** The user panned or zoomed: from now on the yard no longer frames itself. */
    void userMovedCamera() {
        userMovedCamera = true;
        fitPending = false;
    }

    /** After every pan or zoom: detail follows what is on screen, the minimap frames it. */
    void cameraMoved() {
        refreshDetail();
        chrome.refreshMinimap();
    }

    /** Brings a node into view when it is outside the window. */
    void reveal(String id) {
        Box b = placement == null ? null : placement.box(id);
        if (b == null) {
            return;
        }
        double z = camera.zoom();
        double sx = camera.offsetX() + b.x() * z;
        double sy = camera.offsetY() + b.y() * z;
        if (sx < 0 || sy < 0 || sx + b.width() * z > viewport.getWidth() || sy + b.height() * z > viewport.getHeight()) {
            camera.centerOn(b.centerX(), b.centerY(), viewport.getWidth(), viewport.getHeight());
            cameraMoved();
        }
    }

    boolean detailed() {
        return detail.readable();
    }

    void open(Selection s) {
        if (s != null) {
            onOpen.accept(s);
        }
    }

    double contentWidth() {
        double max = 0;
        for (Box b : placement.boxes().values()) {
            max = Math.max(max, b.maxX());
        }
        return Math.max(max + YardLayout.MARGIN, 600);
    }

    private void applyDetail(double zoom) {
        boolean on = zoom >= OVERVIEW_ZOOM;
        if (on != detail.readable()) {
            pseudoClassStateChanged(OVERVIEW, !on);
            motion.setLive(on);
        }
        detail.setReadable(on);
        detail.setTitles(zoom >= TITLES_ZOOM);
        refreshDetail();
    }

    void refreshDetail() {
        detail.refresh();
    }

    boolean wantsDetail(String id, Rectangle2D seen) {
        return detail.wants(id, seen);
    }

    Rectangle2D visibleWorld() {
        return detail.visibleWorld();
    }

    /** For export: every node drawn in full, whatever the camera; false goes back to normal. */
    void showEverything(boolean on) {
        detail.showEverything(on);
    }

    private void tickStatus() {
        if (!detail.readable()) {
            return;
        }
        java.time.Instant now = clock.instant();
        for (InstanceNode n : instances.values()) {
            n.tick(now);
        }
    }

    private void setSelected(Selection s, boolean on) {
        if (s != null) {
            YardNode n = nodeFor(s.id());
            if (n != null) {
                n.setSelected(on);
            }
        }
    }

    private void applyFilter() {
        marks.applyFilter();
    }

    private void applyHighlight(Highlight was, Highlight now) {
        marks.applyHighlight(was, now);
        chrome.showReason(now.reason());
        refreshDetail();
    }
}
