package io.dockyard.app;

import io.dockyard.app.settings.Settings;
import io.dockyard.app.settings.SettingsSaver;
import io.dockyard.app.settings.WindowPlacement;
import io.dockyard.concurrent.Ticker;
import io.dockyard.engine.EngineEndpoint;
import io.dockyard.engine.FollowingEngineCommands;
import io.dockyard.engine.FollowingLessonProbe;
import io.dockyard.inspect.InspectorView;
import io.dockyard.journal.CommandJournal;
import io.dockyard.journal.JournalView;
import io.dockyard.learn.LearnView;
import io.dockyard.learn.LessonAssets;
import io.dockyard.learn.LessonCoach;
import io.dockyard.learn.LessonServices;
import io.dockyard.learn.Lessons;
import io.dockyard.model.Connection;
import io.dockyard.model.EngineState;
import io.dockyard.motion.CaretRest;
import io.dockyard.motion.Showing;
import io.dockyard.sync.EngineStore;
import io.dockyard.yard.DifferencePanel;
import io.dockyard.yard.YardExport;
import io.dockyard.yard.YardView;
import io.dockyard.yard.YardViewModel;
import javafx.application.Application;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The composition root: builds every part, wires them by constructor, and shuts them down. What it
 * needs before the window opens comes ready in a {@link Prelaunch}: tests construct the app with
 * one, and {@link #launch} hands one to the instance that {@code Application.launch} makes.
 */
public final class DockyardApp extends Application {
    /** The one hand-over from {@link #launch} to the instance JavaFX constructs; taken once. */
    private static final AtomicReference<Prelaunch> HANDOVER = new AtomicReference<>();

    private final Clock clock = Clock.systemDefaultZone();
    private final Prelaunch prelaunch;
    /** Writes exported PNGs, which takes seconds for a whole yard, away from the FX thread. */
    private final Executor exports = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dockyard-export");
        t.setDaemon(true);
        return t;
    });
    private StartupTiming timing;
    private SettingsSaver saver;
    private Settings settings;
    private boolean systemDark;
    private EngineLink link;
    private EngineStore store;
    /** The engine found first, always shown; its yard is {@code #yard}. */
    private EngineSession first;
    /** The first engine and those shown beside it. */
    private EngineSessions sessions;
    private FollowingEngineCommands commands;
    /** Wakes the one ticker of all periodic work: texts that count time, the yard's cues. */
    private TimerAlarm alarm;
    private Ticker ticker;
    /** Whether parts that tick can be seen; held here, as their listeners hold them only weakly. */
    private final List<ObservableValue<Boolean>> watched = new ArrayList<>();
    private MotionPreference motion;
    private YardView yard;
    private AppMenu menu;
    private Stage stage;
    private HandsOn handsOn;
    private InspectorView inspector;
    private LessonCoach coach;
    private AfterFirstFrame rest;
    /** Parts made after the first frame that show each state as the yard draws it. */
    private final List<Consumer<EngineState>> views = new ArrayList<>();
    /** The newest state as drawn: without intermediate build images. */
    private EngineState drawn;

    /** For {@code Application.launch}: takes what {@link #launch} prepared. */
    public DockyardApp() {
        this(Objects.requireNonNull(HANDOVER.getAndSet(null), "start Dockyard through DockyardApp.launch"));
    }

    DockyardApp(Prelaunch prelaunch) {
        this.prelaunch = prelaunch;
    }

    /** Opens the window with what was prepared; returns when the app has quit. */
    static void launch(Prelaunch prepared, String[] args) {
        HANDOVER.set(prepared);
        Application.launch(DockyardApp.class, args);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        timing = prelaunch.timing();
        timing.mark("start");
        rest = new AfterFirstFrame(timing::timingAFrame);
        settings = prelaunch.settings().settings();
        systemDark = prelaunch.systemDark();
        Themes.apply(settings.theme(), systemDark);
        link = prelaunch.link();
        store = link.store();
        timing.mark("theme");

        // The first frame: the yard, the header and the status bar, live as soon as the engine is.
        StatusBar statusBar = new StatusBar(clock);
        prelaunch.settings().problem().ifPresent(statusBar::notice);
        Executor frames = link.frames();
        saver = new SettingsSaver(prelaunch.store(), problem -> frames.execute(() -> statusBar.notice(problem)));
        store.onBug(bug -> statusBar.notice(bug.message())); // a bug in Dockyard is shown, not lost
        NoEngineView noEngine = new NoEngineView();
        noEngine.setVisible(false);
        alarm = new TimerAlarm(clock, frames);
        ticker = new Ticker(clock, alarm);
        motion = MotionPreference.fromSystem(settings.reducedMotion());
        YardView yard = new YardView(new YardViewModel(), motion.motion(), ticker);
        this.yard = yard;
        first = new EngineSession("", null, link, yard, new StackPane(yard, noEngine), null, clock);
        sessions = new EngineSessions(first, ShownEngines.from(settings),
                () -> new YardView(new YardViewModel(), motion.motion(), ticker),
                chosen -> saveSettings(chosen.into(settings)), statusBar::notice, clock);
        sessions.makePartsWith(rest::finishNow);
        MainWindow window = new MainWindow(sessions.regions(), statusBar);
        menu = new AppMenu(stage, store, on -> {
            saveSettings(settings.withReducedMotion(on));
            applyMotion(motion.withMenu(on));
        });
        menu.showMotion(motion);
        menu.addFirst(new YardExport(yard).menuItems(stage, exports, link.frames()));
        window.addTools(sessions.menu(() -> stage, link.frames()).button(), themeButton(), menu.button());
        window.addPanel("Inspector", () -> made(() -> inspector));
        window.addPanel("Learn", () -> {
            LessonCoach lessons = made(() -> coach);
            LearnView learn = new LearnView(lessons, ids -> yard.highlight(ids, "What this step is about"));
            everySecondWhileShowing(learn, lessons::tick); // hints that wait for time
            return learn;
        });
        window.addPanel("What's the difference?", () -> {
            DifferencePanel difference = new DifferencePanel(yard);
            addView(difference::show);
            ScrollPane scroll = new ScrollPane(difference);
            scroll.setFitToWidth(true);
            return scroll;
        });
        yard.setOnOpen(s -> window.showPanel("Inspector"));
        timing.mark("window");

        store.subscribe(state -> {
            drawn = first.drawn(state);
            EngineEndpoint reached = link.endpoint();
            statusBar.showExposure(reached == null ? "" : reached.exposure().words());
            statusBar.show(drawn); // its counts are of what the yard draws, as docker images counts
            boolean none = state.connection().status() == Connection.Status.NO_ENGINE;
            noEngine.setVisible(none);
            if (none) {
                noEngine.show(state);
            }
            yard.show(drawn);
            sessions.firstDrawn(drawn);
            views.forEach(view -> view.accept(drawn));
            rememberEndpoint(state);
            if (commands != null && state.connection().status() == Connection.Status.LIVE) {
                commands.prepare(); // clients for the first gesture, opened now and off this thread
            }
            timing.stateShown(state);
        });
        EventTiming.attachIfAsked(store, clock, window); // each event's frame, once painted (figures.sh events)
        everySecondWhileShowing(statusBar, statusBar::tick);
        showWindow(window);
        store.subscribeEvents(StyleCacheTrim.watch(stage.getScene(), window, StyleCacheTrim.GONE_LIMIT)::applied);
        CaretRest.follow(stage.getScene(), ticker);
        // Ctrl+F filters the yard wherever the focus is, not only while the yard has it
        stage.getScene().getAccelerators().put(YardView.FIND, yard::focusFilter);
        timing.mark("shown");
        timing.firstFrame();
        link.frames().open();

        // The rest once the window is on screen, one part per frame; a side panel asked for
        // before then has it made at once.
        rest.then(() -> AppIcons.applyTo(stage)) // decoding six PNGs can wait a frame
                .then(() -> handsOn(window))
                .then(() -> window.showPanel("Inspector"))
                .then(() -> coach = lessonCoach())
                .then(sessions::showChosen)
                .then(() -> DesktopMotion.ask(System.getenv(), link.frames(), reduce -> applyMotion(motion.withDesktop(reduce))))
                .then(() -> timing.mark("built"))
                .start();
    }

    /** Runs {@code work} at once and then every whole second while {@code node} can be seen. */
    private void everySecondWhileShowing(Node node, Runnable work) {
        Ticker.Beat beat = ticker.beat(now -> {
            work.run();
            return Ticker.next(now, java.time.Duration.ofSeconds(1));
        });
        ObservableValue<Boolean> showing = Showing.of(node);
        watched.add(showing);
        showing.addListener((o, was, now) -> beat.setRunning(now));
        beat.setRunning(showing.getValue());
    }

    /** Motion as asked from now on, shown in the menu and applied to the yard at once. */
    private void applyMotion(MotionPreference next) {
        motion = next;
        yard.setMotion(next.motion());
        sessions.setMotion(next.motion());
        menu.showMotion(next);
    }

    /** A part made after the first frame; made now, with what remains, if it is not there yet. */
    private <T> T made(Supplier<T> part) {
        if (part.get() == null) {
            rest.finishNow();
        }
        return part.get();
    }

    /** The inspector, the gestures on the yard and the journal that records them. */
    private void handsOn(MainWindow window) {
        inspector = new InspectorView(clock);
        CommandJournal journal = new CommandJournal(clock);
        JournalView journalView = new JournalView(journal);
        commands = first.commands();
        commands.prepare();
        handsOn = sessions.attach(new EngineSessions.HandsOnParts() {
            @Override
            public InspectorView inspector() {
                return inspector;
            }

            @Override
            public CommandJournal journal() {
                return journal;
            }

            @Override
            public JournalView journalView() {
                return journalView;
            }

            @Override
            public void openInspector() {
                window.showPanel("Inspector");
            }
        });
        window.setJournal(journalView);
    }

    /** Lessons checked against the store from now on, with "show me" done through the journal. */
    private LessonCoach lessonCoach() {
        Executor background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dockyard-learn");
            t.setDaemon(true);
            return t;
        });
        Executor frames = link.frames();
        LessonCoach coach = new LessonCoach(Lessons.withSwarm(LessonAssets.standardSandbox()),
                new LessonServices(new FollowingLessonProbe(this::currentEndpoint),
                        new JournalStepPerformer(handsOn.runner()),
                        new SettingsLessonProgress(() -> settings, this::saveSettings), LessonServices.Later.JDK),
                background, frames, clock);
        background.execute(() -> {
            String problem = LessonAssets.prepare().problem(); // copies busybox: not on the FX thread
            frames.execute(() -> coach.setSetupProblem(problem));
        });
        store.subscribe(coach::onState);
        store.subscribeEvents(coach::onEvents);
        return coach;
    }

    /** A view that is shown each drawn state from now on, starting with the newest. */
    private void addView(Consumer<EngineState> view) {
        views.add(view);
        if (drawn != null) {
            view.accept(drawn);
        }
    }

    private void showWindow(MainWindow window) {
        List<WindowPlacement.Area> screens = Screen.getScreens().stream().map(s -> area(s.getVisualBounds())).toList();
        WindowPlacement placed = settings.window().onto(screens, area(Screen.getPrimary().getVisualBounds()));
        Scene scene = StyleCacheTrim.sceneFor(window, placed.width(), placed.height());
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("app.css")).toExternalForm());
        stage.setTitle("Dockyard");
        stage.setScene(scene);
        if (placed.hasPosition()) {
            stage.setX(placed.x());
            stage.setY(placed.y());
        }
        stage.setMaximized(placed.maximized());
        stage.show();
    }

    private static WindowPlacement.Area area(Rectangle2D r) {
        return new WindowPlacement.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
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
        return link == null ? null : link.endpoint();
    }

    private void rememberEndpoint(EngineState state) {
        Connection c = state.connection();
        if (c.status() == Connection.Status.LIVE && !c.endpoint().equals(settings.lastEndpoint())) {
            saveSettings(settings.withLastEndpoint(c.endpoint()));
        }
    }

    /** Keeps the new settings and has them written in the background. */
    private void saveSettings(Settings next) {
        settings = next;
        saver.save(next);
    }

    @Override
    public void stop() {
        if (stage != null && stage.getScene() != null) {
            saveSettings(settings.withWindow(new WindowPlacement(stage.getX(), stage.getY(),
                    stage.getScene().getWidth(), stage.getScene().getHeight(), stage.isMaximized())));
        }
        if (alarm != null) {
            alarm.close();
        }
        if (sessions != null) {
            sessions.close();
        } else if (link != null) {
            link.close();
        }
        if (saver != null) {
            saver.flush(java.time.Duration.ofSeconds(2)); // quitting: the placement must reach the disk
            saver.close();
        }
    }
}
