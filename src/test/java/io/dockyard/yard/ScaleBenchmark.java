package io.dockyard.yard;

import atlantafx.base.theme.PrimerDark;
import io.dockyard.app.FxFrameExecutor;
import io.dockyard.model.EngineState;
import io.dockyard.motion.Motion;
import io.dockyard.sync.EngineStore;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.PickResult;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Not a test: a yard of {@code -Dscale.containers} containers (default 5,000; 20 to an image)
 * through the real store and frame executor. Prints the time from {@code show(state)} to the
 * first rendered pulse, frames per second and frame times while the camera pans and zooms at
 * overview (scroll and ctrl+scroll events, as a user makes them), the live heap after full
 * collections (toolkit alone, with the state, with the yard) and the number of nodes in the scene.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=io.dockyard.yard.ScaleBenchmark -Dscale.containers=1000}.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {
    }

    public static void main(String[] args) {
        YardBenchmark.defaults("glass.platform", "Monocle");
        YardBenchmark.defaults("monocle.platform", "Headless");
        YardBenchmark.defaults("headless.geometry", "1920x1200-32");
        YardBenchmark.defaults("prism.order", "sw");
        YardBenchmark.defaults("javafx.animation.fullspeed", "true");
        YardBenchmark.defaults("prism.vsync", "false");
        Application.launch(Bench.class, args);
    }

    /** The benchmark's window and measurement. */
    public static final class Bench extends Application {
        private static final int PER_IMAGE = 20;
        private static final double MOVE_SECONDS = 4;

        private final int containers = Integer.getInteger("scale.containers", 5000);
        private final List<Long> frameGaps = new ArrayList<>();
        private Consumer<Long> onFrame = now -> { };
        private YardView yard;
        private EngineStore store;

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            System.out.printf("%n== %d containers / %d images, pipeline %s, platform %s, %d cores ==%n", containers,
                    containers / PER_IMAGE, System.getProperty("prism.order"), System.getProperty("glass.platform"),
                    Runtime.getRuntime().availableProcessors());
            yard = new YardView(new YardViewModel(), Motion.NONE, Clock.systemUTC());
            Scene scene = new Scene(yard, 1600, 1000);
            stage.setScene(scene);
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    onFrame.accept(now);
                }
            }.start();
            after(0.5, () -> {
                long toolkit = liveHeap();
                long t0 = System.nanoTime();
                EngineState state = YardFixtures.big(containers / PER_IMAGE, PER_IMAGE);
                System.out.printf("building the state (test fixture, through the reducer): %.0f ms%n",
                        (System.nanoTime() - t0) / 1e6);
                store = new EngineStore(state, new FxFrameExecutor());
                long withState = liveHeap();
                firstPicture(scene, state, () -> settled(toolkit, withState));
            });
        }

        /**
         * show(state), then the first pulse laid out after it, then the start of the next pulse (a
         * pulse starts only once the rendering of the one before is done): that is the first picture.
         */
        private void firstPicture(Scene scene, EngineState state, Runnable then) {
            long shown = System.nanoTime();
            yard.show(state);
            long returned = System.nanoTime();
            store.subscribe(yard::show);
            boolean[] seen = {false};
            scene.addPostLayoutPulseListener(() -> {
                if (seen[0]) {
                    return;
                }
                seen[0] = true;
                long laidOut = System.nanoTime();
                onFrame = now -> {
                    onFrame = n -> { };
                    long rendered = System.nanoTime();
                    System.out.printf("show(state) call: %.0f ms%n", (returned - shown) / 1e6);
                    System.out.printf("show(state) -> first pulse laid out: %.0f ms%n", (laidOut - shown) / 1e6);
                    System.out.printf("show(state) -> first picture rendered: %.0f ms%n", (rendered - shown) / 1e6);
                    System.out.printf("JVM start -> first picture: %d ms (building the state included)%n",
                            System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
                    then.run();
                };
            });
        }

        private void settled(long toolkit, long withState) {
            after(1, () -> {
                long withYard = liveHeap();
                System.out.printf("live heap after full GC: toolkit and empty yard %.1f MB, + state and store %.1f MB,"
                        + " + yard %.1f MB (total %.1f MB)%n", mb(toolkit), mb(withState - toolkit),
                        mb(withYard - withState), mb(withYard));
                System.out.printf("nodes in the scene graph: %d (yard nodes %d)%n", count(yard), yard.model()
                        .stateProperty().get().containers().size() + yard.model().stateProperty().get().images().size());
                yard.fitToView();
                double fit = yard.zoomProperty().get();
                move("whole yard in view (zoom " + String.format("%.2f", fit) + "), scrolling", Camera.PAN, () -> { }, () ->
                        move("zooming in and out between the whole yard and 3 times closer", Camera.ZOOM, yard::fitToView, () -> {
                            Runnable closer = () -> { // the middle of the yard, names in large letters
                                yard.fitToView();
                                yard.zoomBy(0.3 / yard.zoomProperty().get());
                            };
                            move("overview zoom 0.30, scrolling", Camera.PAN, closer, () -> System.exit(0));
                        }));
            });
        }

        /** What the camera does in a phase: pans back and forth, or zooms in ten steps and out ten at the centre. */
        private enum Camera { PAN, ZOOM }

        /** Scrolls (or ctrl+scrolls) one step per frame for a few seconds; prints frame figures. */
        private void move(String what, Camera camera, Runnable setUp, Runnable then) {
            setUp.run();
            System.out.printf("%n(%s starts %d ms after JVM start)%n", what,
                    System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
            frameGaps.clear();
            long[] last = {0};
            int[] step = {0};
            onFrame = now -> {
                if (last[0] != 0) {
                    frameGaps.add(now - last[0]);
                }
                last[0] = now;
                int i = step[0]++;
                if (camera == Camera.PAN) {
                    // back and forth by at most 300 px, drifting slowly: what was in view stays in view
                    scroll(((i / 15) % 2 == 0 ? 20 : -20) - 2, (i / 20) % 2 == 0 ? 12 : -12, false);
                } else if (i % 2 == 0) {
                    scroll(0, (i / 20) % 2 == 0 ? 40 : -40, true); // 1.12 a step: 3.1 times in ten steps
                }
            };
            after(MOVE_SECONDS, () -> {
                onFrame = now -> { };
                System.out.printf("-- %s --%n", what);
                System.out.printf("frames per second while moving: %.1f%n", frameGaps.size() / MOVE_SECONDS);
                YardBenchmark.Bench.report("frame time", frameGaps);
                System.out.printf("nodes in the scene graph now: %d%n", count(yard));
                then.run();
            });
        }

        private void scroll(double dx, double dy, boolean zoom) {
            Node target = yard.viewport();
            double x = 800;
            double y = 500;
            Event.fireEvent(target, new ScrollEvent(ScrollEvent.SCROLL, x, y, x, y, false, zoom, false, false, false,
                    false, dx, dy, dx, dy, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, new PickResult(target, x, y)));
        }

        private static long liveHeap() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long least = Long.MAX_VALUE;
            for (int i = 0; i < 4; i++) {
                System.gc();
                least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
            }
            return least;
        }

        private static double mb(long bytes) {
            return bytes / 1024.0 / 1024.0;
        }

        private static int count(Node n) {
            int sum = 1;
            if (n instanceof Parent p) {
                for (Node child : p.getChildrenUnmodifiable()) {
                    sum += count(child);
                }
            }
            return sum;
        }

        private static void after(double seconds, Runnable r) {
            PauseTransition p = new PauseTransition(Duration.seconds(seconds));
            p.setOnFinished(e -> r.run());
            p.play();
        }
    }
}
