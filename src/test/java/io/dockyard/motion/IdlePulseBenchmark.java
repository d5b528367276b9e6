package io.dockyard.motion;

import atlantafx.base.theme.PrimerLight;
import com.sun.javafx.perf.PerformanceTracker;
import io.dockyard.app.FxFrameExecutor;
import io.dockyard.app.TimerAlarm;
import io.dockyard.concurrent.Ticker;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.yard.YardFixtures;
import io.dockyard.yard.YardView;
import io.dockyard.yard.YardViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: a demo yard (running, paused, exited, restarting and dead containers) at full
 * detail with nothing changing. After it settles, counts the pulses the toolkit runs and the
 * frames it paints over ten seconds; an idle yard should cost neither.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=io.dockyard.motion.IdlePulseBenchmark}.
 */
public final class IdlePulseBenchmark {
    /** Longer than a focused caret blinks ({@link CaretRest#BLINKING}) and than any state-change animation. */
    private static final int SETTLE_SECONDS = 12;
    private static final int SECONDS = 10;

    private IdlePulseBenchmark() {
    }

    public static void main(String[] args) {
        defaults("glass.platform", "Monocle");
        defaults("monocle.platform", "Headless");
        defaults("headless.geometry", "1600x1000-32");
        defaults("prism.order", "sw");
        Application.launch(Bench.class, args);
    }

    private static void defaults(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The window and the count. */
    public static final class Bench extends Application {
        private static final ScheduledExecutorService WAITS = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-wait");
            t.setDaemon(true);
            return t;
        });
        private int pulses;
        private int frames;
        private boolean counting;

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            // the app's ticker: a timer thread that wakes it through the frame executor
            Clock clock = Clock.systemUTC();
            Ticker ticker = new Ticker(clock, new TimerAlarm(clock, new FxFrameExecutor()));
            YardView yard = new YardView(new YardViewModel(), Motion.STANDARD, ticker);
            Scene scene = new Scene(yard, 1600, 1000);
            CaretRest.follow(scene, ticker);
            stage.setScene(scene);
            stage.show();
            PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
            tracker.setOnPulse(() -> pulses += counting ? 1 : 0);
            tracker.setOnRenderedFrameTask(() -> frames += counting ? 1 : 0);
            yard.show(yard(ContainerState.RESTARTING));
            count("demo yard, one container restarting", () -> {
                yard.show(yard(ContainerState.EXITED));
                count("demo yard, the restarting one exited", () -> {
                    Platform.exit();
                    System.exit(0);
                });
            });
        }

        /** Lets the yard settle, then counts pulses and painted frames for {@link #SECONDS}. */
        private void count(String what, Runnable then) {
            after(SETTLE_SECONDS, () -> {
                pulses = 0;
                frames = 0;
                counting = true;
                after(SECONDS, () -> {
                    counting = false;
                    System.out.printf(Locale.ROOT, "%s: %d pulses (%.1f/s), %d painted frames (%.1f/s) in %d s%n",
                            what, pulses, pulses / (double) SECONDS, frames, frames / (double) SECONDS, SECONDS);
                    then.run();
                });
            });
        }

        /** The demo yard: running, paused, exited, created and dead containers, and {@code canary}. */
        private static EngineState yard(ContainerState canary) {
            ImageBlueprint nginx = YardFixtures.image("nginx", List.of("nginx:1.27"), 74_800_000, 61_000_000, 2_100);
            ImageBlueprint busybox = YardFixtures.image("busybox", List.of("busybox:1.36"), 4_300_000);
            return YardFixtures.state(List.of(nginx, busybox), List.of(
                    YardFixtures.container("webserver", nginx, ContainerState.RUNNING, 3),
                    YardFixtures.container("webserver2", nginx, ContainerState.EXITED, 2),
                    YardFixtures.container("web-canary", nginx, canary, 1),
                    YardFixtures.container("sleepy_turing", busybox, ContainerState.PAUSED, 60),
                    YardFixtures.container("ticker", busybox, ContainerState.RUNNING, 30),
                    YardFixtures.container("api", busybox, ContainerState.RUNNING, 12),
                    YardFixtures.container("worker", busybox, ContainerState.RUNNING, 12),
                    YardFixtures.container("zombie", busybox, ContainerState.DEAD, 200)));
        }

        /** Runs {@code then} on the FX thread after {@code seconds}, waiting off it: a pause would tick. */
        private static void after(int seconds, Runnable then) {
            WAITS.schedule(() -> Platform.runLater(then), seconds, TimeUnit.SECONDS);
        }
    }
}
