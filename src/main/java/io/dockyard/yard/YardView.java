package io.dockyard.yard;

import io.dockyard.concurrent.Ticker;
import io.dockyard.model.EngineState;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Relations;
import io.dockyard.model.Target;
import io.dockyard.motion.Motion;
import io.dockyard.motion.Showing;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The yard: every image as a blueprint, every container as an instance linked to it, volumes as
 * tanks, user-defined networks as buses, compose projects as frames. Id {@code yard}. Call
 * {@link #show(EngineState)} on the FX thread with each new state; nodes are reconciled by
 * {@link ObjectRef} (created once by their kind's factory, updated in place, removed), never
 * rebuilt. Frames lie under the links, links under the nodes. This class is the public face; the
 * layers and registries live in a {@code YardScene} its helpers share.
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
    /** Below {@link #TITLES_ZOOM}: links are drawn thicker still. */
    private static final PseudoClass FAR = PseudoClass.getPseudoClass("far");

    private final YardViewModel model;
    private final YardScene scene;
    private final Pane viewport;
    private final PanZoom camera;
    private final YardChrome chrome;
    /** The instances' clock-driven texts ("Up 3 minutes"), once a second while the yard is seen. */
    private final Ticker.Beat statusTicks;
    private final ObservableValue<Boolean> showing = Showing.of(this);
    private final LevelOfDetail detail;
    private final YardMarks marks;
    private final ConnectDrag connectDrag;
    private Consumer<Target> onInspect = target -> { };
    private Consumer<Selection> onOpen = s -> { };
    private boolean fitPending;
    private boolean userMovedCamera;

    public YardView() {
        this(new YardViewModel(), Motion.fromSystemProperties(), Clock.systemUTC());
    }

    /** A yard whose periodic work waits for its ticker to be advanced by hand (tests). */
    public YardView(YardViewModel model, Motion motion, Clock clock) {
        this(model, motion, Ticker.manual(clock));
    }

    /** A yard whose texts and cues step with {@code ticker}, and whose clock is the ticker's. */
    public YardView(YardViewModel model, Motion motion, Ticker ticker) {
        this.model = model;
        this.scene = new YardScene(new NodeMotion(motion, ticker), ticker.clock());
        this.viewport = scene.viewport;
        this.camera = scene.camera;
        this.detail = new LevelOfDetail(scene);
        scene.wantsDetail = detail::wants;
        scene.inView = detail::inView;
        this.chrome = new YardChrome(this, scene, model);
        this.marks = new YardMarks(this, scene, model);
        this.connectDrag = new ConnectDrag(scene);
        this.statusTicks = ticker.beat(now -> {
            detail.tick();
            return Ticker.next(now, Duration.ofSeconds(1));
        });
        createView();
        connectDrag.install();
        new YardInput(this, scene, model).install();
        initListeners();
    }

    private void createView() {
        setId("yard");
        getStyleClass().add("yard");
        getStylesheets().add(YardView.class.getResource("yard.css").toExternalForm());
        scene.buildLayers();
        setMinSize(0, 0);
        getChildren().add(viewport);
        chrome.install();
    }

    private void initListeners() {
        camera.zoomProperty().addListener((o, was, now) -> applyDetail(now.doubleValue()));
        model.selectionProperty().addListener((o, was, now) -> marks.select(was, now));
        model.highlightProperty().addListener((o, was, now) -> applyHighlight(was, now));
        model.filterProperty().addListener((o, was, now) -> marks.applyFilter());
        showing.addListener((o, was, now) -> {
            scene.motion.setAttached(now);
            statusTicks.setRunning(now); // on show again, the texts catch up at once
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

    /** Shows the engine as it is now: reconciles nodes by {@link ObjectRef}. Call on the FX thread. */
    public void show(EngineState state) {
        YardLayout.Placement placement = scene.placement;
        EngineState before = model.stateProperty().get();
        boolean first = before == null;
        boolean wasEmpty = placement == null || placement.boxes().isEmpty();
        YardViewModel.Diff diff = model.accept(state);
        boolean moves = first || placement == null || YardLayout.movesSomething(before, state, diff);
        Set<ObjectRef> touched = moves ? null : Touched.of(before, state, diff); // null: visit every node and link
        // once per pass, shared by the layout and the reconcilers; a touched-only pass changed nothing it derives from
        Relations relations = touched != null && scene.relations != null ? scene.relations : Relations.of(state);
        scene.relations = relations;
        if (moves) {
            boolean sameEngine = placement != null && placement.engine().equals(state.engineId());
            placement = YardLayout.compute(state, relations, Math.max(getWidth(), 800),
                    sameEngine ? placement.seating() : YardLayout.Seating.EMPTY);
            scene.placement = placement;
            Box b = placement.bounds();
            scene.paper.resizeRelocate(b.x() - PAPER_BLEED, b.y() - PAPER_BLEED, b.width() + 2 * PAPER_BLEED,
                    b.height() + 2 * PAPER_BLEED);
        }
        new YardReconciler(scene, YardFacts.of(state, relations, placement, scene.clock.instant(), scene.motion, !first),
                touched).run();
        marks.applyFilter();
        marks.relight(model.highlightProperty().get());
        if (first || touched == null && (!diff.isEmpty() || moves)) { // moves: also a swarm, volume or network change
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

    /**
     * What the user points at: the registered node that {@code picked} is part of (walking up its
     * parents), as an engine object or a compose project. Empty on the yard's background, its
     * chrome, and a stand-in for an image the engine no longer holds.
     */
    public Optional<Target> targetAt(Node picked) {
        return scene.targetAt(picked);
    }

    /**
     * Called when the user drops an instance on a network bus: (container, network). The app asks
     * the engine ({@code docker network connect}); the yard draws the attachment once the engine says so.
     */
    public void setOnConnectRequested(BiConsumer<ObjectRef, ObjectRef> handler) {
        connectDrag.setOnConnect(handler);
    }

    /** Called with a volume, network or project the user clicked, for the inspector to show. */
    public void setOnInspect(Consumer<Target> handler) {
        onInspect = handler;
    }

    void inspect(Target target) {
        onInspect.accept(target);
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
        marks.stand(h);
    }

    public void clearHighlight() {
        highlight(Highlight.NONE);
    }

    /**
     * Shows {@code h} only while something points at the yard, such as a hovered row of the
     * comparison; {@link #stopPointing()} brings back the highlight that stood before.
     */
    public void pointAt(Highlight h) {
        marks.pointAt(h);
    }

    public void stopPointing() {
        marks.stopPointing();
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

    /** Animates from now on with {@code motion}: reduced motion stops the cues at once. */
    public void setMotion(Motion motion) {
        scene.motion.setMotion(motion);
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
        frame(0);
    }

    /** The first view of a yard: all of it if it can be read that way, else its start, readable. */
    private void frameStart() {
        frame(READABLE_ZOOM);
    }

    /** Frames the yard below the chrome, at no less than {@code readable} zoom (0: all of it). */
    private void frame(double readable) {
        if (scene.placement != null && viewport.getWidth() > 0) {
            Box b = scene.placement.bounds();
            double h = viewport.getHeight() - CHROME_TOP;
            if (readable > 0) {
                camera.frame(b.x(), b.y(), contentWidth(), b.height(), viewport.getWidth(), h, readable);
            } else {
                camera.fit(b.x(), b.y(), contentWidth(), b.height(), viewport.getWidth(), h);
            }
            camera.panBy(0, CHROME_TOP);
            fitPending = false;
            cameraMoved();
        }
    }

    /**
     * Puts the engine's tag in every node id, as ids read while more than one engine is on screen
     * ({@code container-<engine sha12>-<12 hex>}); an empty tag gives the short ids back.
     *
     * @param engineTag {@link #engineTag(String)} of the engine's id, or empty with one engine
     */
    public void setEngineTag(String engineTag) {
        scene.retag(engineTag);
    }

    /** An engine's part of the ids of its nodes and region: {@code sha12} of its id from {@code docker info}. */
    public static String engineTag(String engineId) {
        return YardIds.sha12(engineId);
    }

    /** The node showing an image or container id, if any. */
    public YardNode nodeFor(String id) {
        return scene.nodeById(id);
    }

    /** The node drawn for an object, if any. */
    public YardNode nodeFor(ObjectRef ref) {
        return scene.nodes.get(ref);
    }

    /** The world group (frames, links and nodes), for export. */
    public Group world() {
        return scene.world;
    }

    public YardLayout.Placement placement() {
        return scene.placement;
    }

    // Package internals used by chrome, input and export

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
    void reveal(Target t) {
        if (scene.reveal(t)) {
            cameraMoved();
        }
    }

    NodeMotion motion() {
        return scene.motion;
    }

    boolean detailed() {
        return detail.readable();
    }

    void open(Selection s) {
        if (s != null) {
            onOpen.accept(s);
        }
    }

    /** The width of what is drawn (the placement's width also covers the window's). */
    double contentWidth() {
        return scene.contentWidth();
    }

    private void applyDetail(double zoom) {
        boolean on = zoom >= OVERVIEW_ZOOM;
        if (on != detail.readable()) {
            pseudoClassStateChanged(OVERVIEW, !on);
            scene.motion.setLive(on);
        }
        detail.setReadable(on);
        detail.setTitles(zoom >= TITLES_ZOOM);
        pseudoClassStateChanged(FAR, zoom < TITLES_ZOOM);
        refreshDetail();
    }

    void refreshDetail() {
        detail.refresh();
    }

    /** For export: every node drawn in full, whatever the camera; false goes back to normal. */
    void showEverything(boolean on) {
        double zoom = camera.zoomProperty().get();
        pseudoClassStateChanged(OVERVIEW, !on && zoom < OVERVIEW_ZOOM); // links drawn as at full detail too
        pseudoClassStateChanged(FAR, !on && zoom < TITLES_ZOOM);
        applyCss();
        detail.showEverything(on);
    }

    private void applyHighlight(Highlight was, Highlight now) {
        marks.applyHighlight(was, now);
        chrome.showReason(now.reason());
        refreshDetail();
    }
}
