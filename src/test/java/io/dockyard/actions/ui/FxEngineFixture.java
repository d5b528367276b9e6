package io.dockyard.actions.ui;

import io.dockyard.engine.CommandsFixture;
import io.dockyard.engine.EndpointChoice;
import io.dockyard.engine.EngineFeed;
import io.dockyard.intent.HostPorts;
import io.dockyard.journal.CommandJournal;
import io.dockyard.journal.JournalView;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.model.Ids;
import io.dockyard.sync.EngineStore;
import io.dockyard.testing.Await;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A real engine, feed and store, with a minimal yard pane built the way the real yard names
 * things (id {@code yard}, blueprints with style class {@code blueprint} and id
 * {@code image-<12 hex>}) and the journal below it.
 */
final class FxEngineFixture implements AutoCloseable {
    final CommandsFixture f = new CommandsFixture();
    final EngineStore store = new EngineStore(EngineState.empty(Connection.connecting(f.engine.host(), "")),
            Platform::runLater);
    final EngineFeed feed = new EngineFeed(() -> EndpointChoice.of(f.engine.endpoint()), store::accept, Clock.systemUTC());
    final CommandJournal journal = new CommandJournal(Clock.systemUTC());
    final ActionRunner runner = new ActionRunner(f.commands, journal, store::current, Platform::runLater);
    final CopyOnWriteArrayList<Set<String>> highlights = new CopyOnWriteArrayList<>();
    /** Where the Run dialog asks whether host ports are free, as the app's hands-on wiring does. */
    private final java.util.concurrent.ExecutorService portProbes = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "test-ports");
                t.setDaemon(true);
                return t;
            });
    final Pane yard;
    final JournalView journalView = new JournalView(journal);
    ActionMenus menus;
    DragToRun dragToRun;

    /** @param realYard the team's YardView, or a bare pane named like it */
    FxEngineFixture(boolean realYard) {
        yard = realYard ? new io.dockyard.yard.YardView(new io.dockyard.yard.YardViewModel(),
                io.dockyard.motion.Motion.NONE, Clock.systemUTC()) : new Pane();
        feed.start();
        Await.until(Duration.ofSeconds(30), () -> store.current().connection().status() == Connection.Status.LIVE,
                () -> "feed not live");
    }

    /**
     * What is under the pointer: the real yard's typed hit-test, or, on the bare pane, the nodes
     * the fixture names like the yard does (style class and id).
     */
    java.util.Optional<io.dockyard.model.Target> targetAt(javafx.scene.Node picked) {
        if (yard instanceof io.dockyard.yard.YardView real) {
            return real.targetAt(picked);
        }
        io.dockyard.model.EngineState s = store.current();
        for (javafx.scene.Node n = picked; n != null && n != yard; n = n.getParent()) {
            String id = n.getId() == null ? "" : n.getId();
            if (n.getStyleClass().contains("blueprint") && id.startsWith("image-")) {
                return s.findImage(id.substring(6)).map(i -> io.dockyard.model.ObjectRef.of(s.engineId(), i));
            }
            if (n.getStyleClass().contains("instance") && id.startsWith("container-")) {
                return s.findContainer(id.substring(10)).map(c -> io.dockyard.model.ObjectRef.of(s.engineId(), c));
            }
        }
        return java.util.Optional.empty();
    }

    /** Builds the scene content; call on the FX thread. */
    BorderPane createView() {
        yard.setId("yard");
        yard.setPrefSize(900, 520);
        Consumer<Set<String>> highlight = highlights::add;
        if (yard instanceof io.dockyard.yard.YardView real) {
            store.subscribe(real::show);
            // how the lead wires the highlight: the yard points out the holders
            highlight = highlight.andThen(ids -> {
                if (ids.isEmpty()) {
                    real.clearHighlight();
                } else {
                    real.highlight(ids, "uses this image");
                }
            });
        }
        ImageActions images = new ImageActions(runner, () -> yard.getScene().getWindow(), highlight,
                HostPorts.system(), portProbes);
        menus = new ActionMenus(new ContainerActions(runner, () -> yard.getScene().getWindow()), images,
                WiringActions.of(runner, () -> yard.getScene().getWindow()), () -> yard.getScene().getWindow());
        dragToRun = DragToRun.install(yard, this::targetAt, runner, images);
        store.subscribe(dragToRun::show);
        store.subscribeEvents(journalView::showEvents);
        journalView.setPrefHeight(200);
        BorderPane root = new BorderPane(yard);
        root.setBottom(journalView);
        return root;
    }

    /** A blueprint node as the yard draws one, with the context menu the lead plugs in. */
    VBox addBlueprint(String imageId, String title, double x, double y) {
        VBox node = new VBox(new Label(title), new Label("drag onto the yard to run"));
        node.getStyleClass().add("blueprint");
        node.setId("image-" + Ids.shortId(imageId));
        node.setStyle("-fx-border-color: -color-fg-default; -fx-padding: 10;");
        node.setPrefSize(220, 120);
        node.relocate(x, y);
        // Monocle sends no context-menu request for a right click; a secondary click does the same here
        node.setOnMouseClicked(e -> store.current().image(imageId).filter(i -> e.getButton()
                == javafx.scene.input.MouseButton.SECONDARY).ifPresent(image ->
                menus.forBlueprint(image, withOptions -> dragToRun.runAt(image, x + 300, y, withOptions))
                        .show(node, e.getScreenX(), e.getScreenY())));
        yard.getChildren().add(node);
        return node;
    }

    @Override
    public void close() {
        feed.close();
        store.close();
        f.close();
        portProbes.shutdownNow();
    }
}
