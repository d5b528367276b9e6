package io.dockyard.yard;

import atlantafx.base.theme.PrimerDark;
import io.dockyard.app.FxFrameExecutor;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineState;
import io.dockyard.motion.Motion;
import io.dockyard.sync.EngineStore;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: 1,000 containers across 50 images, 200 state changes a second through the real store
 * and frame executor, measured at overview zoom (and at full detail for reference). Prints frames
 * per second and the time from {@code show(state)} (and from the event) to the scene being laid out.
 * Run: {@code mvn -q -Pbench test-compile exec:java -Dbench=io.dockyard.yard.YardBenchmark}.
 */
public final class YardBenchmark {
    private YardBenchmark() {
    }

    public static void main(String[] args) {
        defaults("glass.platform", "Monocle");
        defaults("monocle.platform", "Headless");
        defaults("headless.geometry", "1920x1200-32");
        defaults("prism.order", "sw");
        defaults("javafx.animation.fullspeed", "true");
        defaults("prism.vsync", "false");
        Application.launch(Bench.class, args);
    }

    static void defaults(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The benchmark's window and measurement. */
    public static final class Bench extends Application {
        private static final int IMAGES = 50;
        private static final int PER_IMAGE = 20;
        private static final int CHANGES_PER_SECOND = 200;
        private static final int SECONDS = 10;

        private final List<Long> showToScene = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> eventToScene = new ArrayList<>();
        private final List<Long> showCost = new ArrayList<>();
        private final Map<Long, Long> eventBorn = new java.util.concurrent.ConcurrentHashMap<>();
        private long shownAt;
        private long shownEventNano;
        private int frames;
        private boolean measuring;
        private YardView yard;
        private EngineStore store;
        private ScheduledExecutorService generator;

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            EngineState initial = bigYard();
            timeLayout(initial);
            store = new EngineStore(initial, new FxFrameExecutor());
            yard = new YardView(new YardViewModel(), "none".equals(System.getProperty("bench.motion")) ? Motion.NONE : Motion.STANDARD, Clock.systemUTC());
            Scene scene = new Scene(yard, 1600, 1000);
            stage.setScene(scene);
            stage.show();
            store.subscribe(this::show);
            scene.addPostLayoutPulseListener(this::laidOut);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (measuring) {
                        frames++;
                    }
                }
            }.start();
            generator = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bench-generator");
                t.setDaemon(true);
                return t;
            });
            Changes changes = new Changes(initial);
            generator.scheduleAtFixedRate(() -> store.accept(List.of(changes.next())), 0,
                    1_000_000 / CHANGES_PER_SECOND, TimeUnit.MICROSECONDS);
            after(2, () -> {
                yard.fitToView();
                measure("overview (fit to view, zoom " + String.format("%.2f", yard.zoomProperty().get()) + ")", () ->
                        after(1, () -> {
                            yard.zoomBy(1.0 / yard.zoomProperty().get());
                            measure("full detail (zoom 1.0)", () -> {
                                generator.shutdownNow();
                                Platform.exit();
                                System.exit(0);
                            });
                        }));
            });
        }

        private void show(EngineState s) {
            long t0 = System.nanoTime();
            yard.show(s);
            long t1 = System.nanoTime();
            if (measuring) {
                showCost.add(t1 - t0);
            }
            shownAt = t0;
            shownEventNano = s.lastEventNano();
        }

        private void laidOut() {
            if (shownAt == 0) {
                return;
            }
            long now = System.nanoTime();
            if (measuring) {
                showToScene.add(now - shownAt);
                Long born = eventBorn.remove(shownEventNano);
                if (born != null) {
                    eventToScene.add(now - born);
                }
            }
            shownAt = 0;
        }

        private void measure(String what, Runnable then) {
            showToScene.clear();
            eventToScene.clear();
            showCost.clear();
            frames = 0;
            measuring = true;
            after(SECONDS, () -> {
                measuring = false;
                System.out.printf("%n== %s, %d containers / %d images, %d changes/s, pipeline %s, platform %s ==%n",
                        what, IMAGES * PER_IMAGE, IMAGES, CHANGES_PER_SECOND, System.getProperty("prism.order"),
                        System.getProperty("glass.platform"));
                System.out.printf("frames per second: %.1f%n", frames / (double) SECONDS);
                System.out.printf("states shown: %d (%.0f/s)%n", showCost.size(), showCost.size() / (double) SECONDS);
                report("show(state) call", showCost);
                report("show(state) -> scene laid out", showToScene);
                report("event -> scene laid out", eventToScene);
                then.run();
            });
        }

        static void report(String what, List<Long> nanos) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            if (sorted.isEmpty()) {
                System.out.println(what + ": no samples");
                return;
            }
            System.out.printf("%s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d samples)%n", what,
                    sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.95)) / 1e6,
                    sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                    sorted.get(sorted.size() - 1) / 1e6, sorted.size());
        }

        private static void after(double seconds, Runnable r) {
            PauseTransition p = new PauseTransition(Duration.seconds(seconds));
            p.setOnFinished(e -> r.run());
            p.play();
        }

        private static void timeLayout(EngineState s) {
            YardLayout.Placement p = YardLayout.compute(s, 1600, YardLayout.Seating.EMPTY);
            List<Long> nanos = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long t0 = System.nanoTime();
                p = YardLayout.compute(s, 1600, p.seating());
                nanos.add(System.nanoTime() - t0);
            }
            report("YardLayout.compute, 1,050 boxes (pure, off the scene)", nanos);
        }

        private EngineState bigYard() {
            return YardFixtures.big(IMAGES, PER_IMAGE);
        }

        /** Random but valid state changes, with the moment each event was made. */
        private final class Changes {
            private final List<ContainerInstance> all;
            private final Map<String, Integer> index = new HashMap<>();
            private final Random random = new Random(42);
            private long sequence;

            Changes(EngineState s) {
                all = new ArrayList<>(s.containers().values());
                for (int i = 0; i < all.size(); i++) {
                    index.put(all.get(i).id(), i);
                }
            }

            EngineEvent next() {
                int i = random.nextInt(all.size());
                ContainerInstance c = all.get(i);
                ContainerState to = switch (c.state()) {
                    case RUNNING -> random.nextBoolean() ? ContainerState.PAUSED : ContainerState.EXITED;
                    case PAUSED, EXITED, CREATED -> ContainerState.RUNNING;
                    default -> ContainerState.RUNNING;
                };
                ContainerInstance moved = c.withState(to, to == ContainerState.EXITED ? 137 : 0, Instant.now());
                all.set(i, moved);
                long nano = ++sequence;
                eventBorn.put(nano, System.nanoTime());
                EngineEvent.ContainerAction action = to == ContainerState.PAUSED ? EngineEvent.ContainerAction.PAUSE
                        : to == ContainerState.EXITED ? EngineEvent.ContainerAction.DIE : EngineEvent.ContainerAction.START;
                return new EngineEvent.ContainerChanged(action, c.id(), Instant.now(), nano, Map.of(), moved);
            }
        }
    }
}
