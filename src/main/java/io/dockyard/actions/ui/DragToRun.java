package io.dockyard.actions.ui;

import io.dockyard.engine.api.EngineCommands.Outcome;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Kind;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.Target;
import javafx.scene.Node;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Drag a blueprint onto empty yard space to run it ({@code docker run -d <image>}); hold Shift or
 * Alt while starting the drag to open "Run with options…" instead. Drop a folder or a Dockerfile
 * from the file manager to build it. Works on any yard pane: what is under the pointer comes from
 * the yard's typed hit-test ({@code targetAt}), never from style-class strings.
 * A ghost marks the drop point until the container shows up in the engine state.
 */
public final class DragToRun {
    /** What a blueprint drag carries: the image's short id. */
    public static final DataFormat IMAGE = new DataFormat("application/x-dockyard-image");

    private final Pane yard;
    private final Function<Node, Optional<Target>> targetAt;
    private final ImageActions images;
    private final ActionRunner runner;
    private final List<Ghost> ghosts = new ArrayList<>();
    private boolean optionsRequested;
    private Node pressedBlueprint;
    private ImageBlueprint pressedImage;

    private DragToRun(Pane yard, Function<Node, Optional<Target>> targetAt, ActionRunner runner, ImageActions images) {
        this.yard = yard;
        this.targetAt = targetAt;
        this.runner = runner;
        this.images = images;
    }

    /** Adds the gesture to the yard pane (event filters and handlers only; the yard keeps its own). */
    public static DragToRun install(Pane yard, Function<Node, Optional<Target>> targetAt, ActionRunner runner,
                                    ImageActions images) {
        DragToRun d = new DragToRun(yard, targetAt, runner, images);
        // remembered at the press: by the time a drag is detected the pointer may have left a small node
        yard.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            Node picked = e.getPickResult().getIntersectedNode();
            d.pressedImage = d.blueprintAt(picked).orElse(null);
            d.pressedBlueprint = d.pressedImage == null ? null : picked;
        });
        // a drag that starts on a blueprint runs it; it must not also pan the yard
        yard.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (d.pressedBlueprint != null) {
                e.consume();
            }
        });
        yard.addEventFilter(MouseEvent.DRAG_DETECTED, d::dragDetected);
        yard.addEventHandler(DragEvent.DRAG_OVER, d::dragOver);
        yard.addEventHandler(DragEvent.DRAG_DROPPED, d::dropped);
        return d;
    }

    /** Call with each new engine state: ghosts whose container has arrived are removed. */
    public void show(EngineState state) {
        for (Ghost g : List.copyOf(ghosts)) {
            if (g.containerId() != null && state.containers().containsKey(g.containerId())) {
                yard.getChildren().remove(g);
                ghosts.remove(g);
            }
        }
    }

    /** How many ghosts are waiting for their container. */
    public int pendingGhosts() {
        return (int) ghosts.stream().filter(g -> g.getParent() != null && !g.getStyleClass().contains("ghost-failed"))
                .count();
    }

    /** Runs the image with a ghost at (x, y) in yard coordinates; with options, asks first. */
    public void runAt(ImageBlueprint image, double x, double y, boolean withOptions) {
        if (withOptions) {
            images.runWithOptions(image, future -> track(future, ImageActions.ref(image), x, y));
        } else {
            track(images.run(image), ImageActions.ref(image), x, y);
        }
    }

    private void track(CompletableFuture<Outcome> run, String image, double x, double y) {
        Ghost ghost = new Ghost(image);
        yard.getChildren().add(ghost);
        ghost.applyCss(); // an unmanaged node is sized by hand, after its style is known
        ghost.autosize();
        ghost.relocate(x, y);
        ghosts.add(ghost);
        run.whenComplete((outcome, failure) -> {
            if (failure != null) {
                ghosts.remove(ghost);
                ghost.failed(ActionRunner.message(failure));
                return;
            }
            ghost.started(outcome.newId());
            show(runner.state()); // the start event often arrives before docker run returns
        });
    }

    private void dragDetected(MouseEvent e) {
        Node blueprint = pressedBlueprint;
        if (blueprint == null) {
            return;
        }
        optionsRequested = e.isShiftDown() || e.isAltDown();
        Dragboard board = blueprint.startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.put(IMAGE, pressedImage.shortId());
        board.setContent(content);
    }

    private void dragOver(DragEvent e) {
        Dragboard board = e.getDragboard();
        boolean image = board.hasContent(IMAGE) && isEmptySpace(e.getPickResult().getIntersectedNode());
        if (image || buildable(board) != null) {
            e.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (board.hasContent(IMAGE)) {
            Optional<ImageBlueprint> image = runner.state().findImage((String) board.getContent(IMAGE));
            boolean ok = image.isPresent() && isEmptySpace(e.getPickResult().getIntersectedNode());
            if (ok) {
                runAt(image.get(), e.getX(), e.getY(), optionsRequested || e.getTransferMode() == TransferMode.LINK);
            }
            e.setDropCompleted(ok);
            e.consume();
            return;
        }
        File file = buildable(board);
        if (file != null) {
            images.build(file.toPath());
            e.setDropCompleted(true);
            e.consume();
        }
    }

    /** A dropped folder or Dockerfile, or null. */
    private static File buildable(Dragboard board) {
        if (!board.hasFiles() || board.getFiles().size() != 1) {
            return null;
        }
        File f = board.getFiles().get(0);
        return f.isDirectory() || f.getName().equals("Dockerfile") || f.getName().endsWith(".Dockerfile")
                || f.getName().startsWith("Dockerfile.") ? f : null;
    }

    /** The image whose blueprint is under the pointer, as the engine state holds it. */
    private Optional<ImageBlueprint> blueprintAt(Node picked) {
        return targetAt.apply(picked).flatMap(t -> t instanceof ObjectRef ref && ref.kind() == Kind.IMAGE
                ? runner.state().image(ref.id()) : Optional.empty());
    }

    /** Not on an engine object, a ghost or the yard's own controls (minimap, zoom, filter). */
    private boolean isEmptySpace(Node picked) {
        if (targetAt.apply(picked).filter(t -> t instanceof ObjectRef).isPresent()) {
            return false;
        }
        for (Node n = picked; n != null && n != yard; n = n.getParent()) {
            if (n instanceof javafx.scene.control.Control) {
                return false;
            }
            for (String c : List.of("ghost", "minimap", "zoom-bar")) {
                if (n.getStyleClass().contains(c)) {
                    return false;
                }
            }
        }
        return true;
    }
}
