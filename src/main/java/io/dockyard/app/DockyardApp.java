package io.dockyard.app;

import io.dockyard.app.settings.Settings;
import io.dockyard.app.settings.SettingsStore;
import io.dockyard.app.settings.WindowPlacement;
import io.dockyard.engine.EndpointChoices;
import io.dockyard.engine.EngineEndpoint;
import io.dockyard.engine.EngineFeed;
import io.dockyard.engine.FollowingEngineCommands;
import io.dockyard.engine.FollowingLessonProbe;
import io.dockyard.inspect.InspectorView;
import io.dockyard.learn.LearnView;
import io.dockyard.learn.LessonAssets;
import io.dockyard.learn.LessonCoach;
import io.dockyard.learn.LessonServices;
import io.dockyard.learn.Lessons;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.motion.Motion;
import io.dockyard.sync.EngineStore;
import io.dockyard.yard.DifferencePanel;
import io.dockyard.yard.YardExport;
import io.dockyard.yard.YardView;
import io.dockyard.yard.YardViewModel;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** The composition root: builds every part, wires them by constructor, and shuts them down. */
public final class DockyardApp extends Application {
    /** Set by {@link Main} before launch; tests may launch the app without it. */
    static volatile LaunchOptions options = LaunchOptions.defaults();

    private final Clock clock = Clock.systemDefaultZone();
    private final StartupTiming timing = new StartupTiming();
    private final SettingsStore settingsStore = SettingsStore.forThisMachine();
    private Settings settings;
    private boolean systemDark;
    private EngineStore store;
    private EngineFeed feed;
    private FollowingEngineCommands commands;
    private Timeline everySecond;
    private Stage stage;

    @Override
    public void start(Stage primary) {
        stage = primary;
        SettingsStore.Loaded loaded = settingsStore.load();
        settings = loaded.settings();
        systemDark = SystemTheme.prefersDark();
        Themes.apply(settings.theme(), systemDark);
        FxFrameExecutor frames = new FxFrameExecutor();
        store = new EngineStore(EngineState.empty(Connection.connecting("", "")), frames);

        StatusBar statusBar = new StatusBar(clock);
        loaded.problem().ifPresent(statusBar::notice);
        NoEngineView noEngine = new NoEngineView();
        noEngine.setVisible(false);
        YardView yard = new YardView(new YardViewModel(),
                settings.reducedMotion() ? Motion.NONE : Motion.fromSystemProperties(), clock);
        InspectorView inspector = new InspectorView(clock);
        yard.selectionProperty().addListener((o, was, now) -> inspector.select(now == null ? null : now.id()));
        DifferencePanel difference = new DifferencePanel(yard);

        commands = new FollowingEngineCommands(this::currentEndpoint, Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dockyard-commands");
            t.setDaemon(true);
            return t;
        }));
        HandsOn handsOn = new HandsOn(yard, inspector, store, commands, frames, clock);

        MainWindow window = new MainWindow(yard, handsOn.journalView(), statusBar);
        window.addPanel("Inspector", inspector);
        window.addPanel("Learn", learnView(yard, handsOn, frames));
        ScrollPane differenceScroll = new ScrollPane(difference);
        differenceScroll.setFitToWidth(true);
        window.addPanel("What's the difference?", differenceScroll);
        window.setOverlay(noEngine);
        AppMenu menu = new AppMenu(stage, store, () -> settings, this::saveSettings);
        menu.addFirst(new YardExport(yard).menuItems(stage));
        window.addTools(themeButton(), menu.button());
        yard.setOnOpen(s -> window.showPanel("Inspector"));

        store.subscribe(state -> {
            statusBar.show(state);
            boolean none = state.connection().status() == Connection.Status.NO_ENGINE;
            noEngine.setVisible(none);
            if (none) {
                noEngine.show(state);
            }
            EngineState drawn = state.withoutIntermediates();
            yard.show(drawn);
            inspector.show(drawn);
            difference.show(drawn);
            rememberEndpoint(state);
            timing.stateShown(state, options.timing());
        });
        everySecond = new Timeline(new KeyFrame(Duration.seconds(1), e -> statusBar.tick()));
        everySecond.setCycleCount(Timeline.INDEFINITE);
        everySecond.play();

        showWindow(window);
        timing.firstFrame(stage.getScene(), options.timing());
        feed = new EngineFeed(EndpointChoices.fromSystem(options.host(), System.getenv()), store::accept, clock);
        feed.start();
    }

    /** The Learn panel: lessons checked against the store, "show me" done through the journal. */
    private LearnView learnView(YardView yard, HandsOn handsOn, Executor frames) {
        Executor background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dockyard-learn");
            t.setDaemon(true);
            return t;
        });
        LessonCoach coach = new LessonCoach(Lessons.all(LessonAssets.standardSandbox()),
                new LessonServices(new FollowingLessonProbe(this::currentEndpoint),
                        new JournalStepPerformer(handsOn.runner()),
                        new SettingsLessonProgress(() -> settings, this::saveSettings)),
                background, frames, clock);
        background.execute(() -> {
            String problem = LessonAssets.prepare().problem(); // copies busybox: not on the FX thread
            frames.execute(() -> coach.setSetupProblem(problem));
        });
        store.subscribe(coach::onState);
        store.subscribeEvents(coach::onEvents);
        return new LearnView(coach, ids -> yard.highlight(ids, "What this step is about"));
    }

    private void showWindow(MainWindow window) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        WindowPlacement placed = settings.window();
        Scene scene = new Scene(window, Math.min(placed.width(), screen.getWidth()),
                Math.min(placed.height(), screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("app.css")).toExternalForm());
        stage.setTitle("Dockyard");
        AppIcons.applyTo(stage);
        stage.setScene(scene);
        if (placed.hasPosition() && screen.contains(placed.x() + 40, placed.y() + 20)) {
            stage.setX(placed.x());
            stage.setY(placed.y());
        }
        stage.setMaximized(placed.maximized());
        stage.show();
    }

    private Button themeButton() {
        Button button = MainWindow.toolButton(Themes.glyph(settings.theme()), Themes.describe(settings.theme()), () -> { });
        button.setId("theme-toggle");
        button.setOnAction(e -> {
            saveSettings(settings.withTheme(Themes.next(settings.theme())));
            Themes.apply(settings.theme(), systemDark);
            button.setText(Themes.glyph(settings.theme()));
            button.getTooltip().setText(Themes.describe(settings.theme()));
        });
        return button;
    }

    private EngineEndpoint currentEndpoint() {
        return feed == null ? null : feed.endpoint();
    }

    private void rememberEndpoint(EngineState state) {
        Connection c = state.connection();
        if (c.status() == Connection.Status.LIVE && !c.endpoint().equals(settings.lastEndpoint())) {
            saveSettings(settings.withLastEndpoint(c.endpoint()));
        }
    }

    private void saveSettings(Settings next) {
        settings = next;
        settingsStore.trySave(next).ifPresent(problem -> System.err.println("dockyard: " + problem));
    }

    @Override
    public void stop() {
        if (stage != null && stage.getScene() != null) {
            saveSettings(settings.withWindow(new WindowPlacement(stage.getX(), stage.getY(),
                    stage.getScene().getWidth(), stage.getScene().getHeight(), stage.isMaximized())));
        }
        if (everySecond != null) {
            everySecond.stop();
        }
        if (feed != null) {
            feed.close();
        }
        if (commands != null) {
            commands.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
