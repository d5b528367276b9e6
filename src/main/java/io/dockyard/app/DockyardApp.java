package io.dockyard.app;

import io.dockyard.engine.EndpointChoices;
import io.dockyard.engine.EngineFeed;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.sync.EngineStore;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.time.Clock;
import java.util.Objects;

/** The composition root: builds every part, wires them by constructor, and shuts them down. */
public final class DockyardApp extends Application {
    /** Set by {@link Main} before launch; tests may launch the app without it. */
    static volatile LaunchOptions options = LaunchOptions.defaults();

    private final Clock clock = Clock.systemDefaultZone();
    private final StartupTiming timing = new StartupTiming();
    private EngineStore store;
    private EngineFeed feed;
    private Timeline everySecond;

    @Override
    public void start(Stage stage) {
        boolean dark = ThemeChoice.SYSTEM.apply(SystemTheme.prefersDark());
        FxFrameExecutor frames = new FxFrameExecutor();
        store = new EngineStore(EngineState.empty(Connection.connecting("", "")), frames);

        StatusBar statusBar = new StatusBar(clock);
        NoEngineView noEngine = new NoEngineView();
        EngineListView list = new EngineListView();
        StackPane center = new StackPane(list, noEngine);
        noEngine.setVisible(false);

        BorderPane root = new BorderPane(center);
        root.setBottom(statusBar);
        root.getStyleClass().add(dark ? "dark" : "light");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("app.css")).toExternalForm());

        store.subscribe(state -> {
            statusBar.show(state);
            boolean none = state.connection().status() == Connection.Status.NO_ENGINE;
            noEngine.setVisible(none);
            list.setVisible(!none);
            if (none) {
                noEngine.show(state);
            }
            list.show(state);
            timing.stateShown(state, options.timing());
        });
        everySecond = new Timeline(new KeyFrame(Duration.seconds(1), e -> statusBar.tick()));
        everySecond.setCycleCount(Timeline.INDEFINITE);
        everySecond.play();

        stage.setTitle("Dockyard");
        AppIcons.applyTo(stage);
        stage.setScene(scene);
        stage.show();
        timing.firstFrame(scene, options.timing());

        feed = new EngineFeed(EndpointChoices.fromSystem(options.host(), System.getenv()), store::accept, clock);
        feed.start();
    }

    @Override
    public void stop() {
        if (everySecond != null) {
            everySecond.stop();
        }
        if (feed != null) {
            feed.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
