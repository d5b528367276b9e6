package io.dockyard.learn;

import io.dockyard.engine.DockerClients;
import io.dockyard.engine.DockerLessonProbe;
import io.dockyard.engine.EndpointChoice;
import io.dockyard.engine.EngineEndpoint;
import io.dockyard.engine.EngineFeed;
import io.dockyard.sync.EngineStore;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The Learn panel against the live engine, for screenshots and trying it by hand. Arguments:
 * {@code <lesson id> <steps to do by "show me"> [light]}. Lessons before it are completed through
 * "show me" first when their image is missing. Prints READY once the panel shows the wanted step.
 */
public final class LearnDemo extends Application {
    private LessonCoach coach;
    private EngineFeed feed;
    private final Deque<String> lessonsToFinish = new ArrayDeque<>();

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        String target = args.isEmpty() ? Lessons.MANY : args.get(0);
        int steps = args.size() > 1 ? Integer.parseInt(args.get(1)) : 1;
        boolean light = args.size() > 2 && args.get(2).equals("light");
        Application.setUserAgentStylesheet(light ? new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()
                : new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
        LessonAssets.Prepared assets = LessonAssets.prepare();
        EngineEndpoint endpoint = new EngineEndpoint("unix:///var/run/docker.sock", false, null, "default socket", "");
        CliPerformer performer = new CliPerformer();
        coach = new LessonCoach(Lessons.all(assets.sandbox()), new LessonServices(
                new DockerLessonProbe(DockerClients.forRequests(endpoint)), performer,
                new LessonProgressStore.InMemory(), LessonServices.Later.JDK), r -> new Thread(r, "demo-probe").start(),
                Platform::runLater, Clock.systemUTC());
        coach.setSetupProblem(assets.problem());
        EngineStore store = EngineStore.connecting(endpoint.host(), Platform::runLater);
        store.subscribe(coach::onState);
        store.subscribeEvents(coach::onEvents);
        feed = new EngineFeed(() -> EndpointChoice.of(endpoint), store::accept, Clock.systemUTC());
        LearnView view = new LearnView(coach, ids -> System.out.println("highlight " + ids));
        stage.setScene(new Scene(view, 520, 1000));
        stage.setX(0);
        stage.setY(0);
        stage.show();
        feed.start();
        if (!target.equals(Lessons.IMAGE)) {
            lessonsToFinish.add(Lessons.IMAGE); // the lesson image, made the way a learner makes it
        }
        drive(target, steps);
    }

    /** Walks the lessons with "show me", one frame at a time, until the target lesson is at its step. */
    private void drive(String target, int steps) {
        new AnimationTimer() {
            private long readyAt;
            private LessonRunner shownFor;
            private int shownAt = -1;

            @Override
            public void handle(long now) {
                if (coach.busy() || !coach.ready()) {
                    return;
                }
                if (coach.lesson().isEmpty() || coach.runner().orElseThrow().finished()) {
                    String next = lessonsToFinish.isEmpty() ? target : lessonsToFinish.poll();
                    if (!coach.lesson().map(Lesson::id).orElse("").equals(target)) {
                        coach.open(next);
                    }
                    return;
                }
                LessonRunner r = coach.runner().orElseThrow();
                boolean wanted = !r.lesson().id().equals(target) || r.stepIndex() < steps;
                if (wanted && (r != shownFor || r.stepIndex() != shownAt)) {
                    shownFor = r; // once per step: the tick follows the engine's events, not the command's end
                    shownAt = r.stepIndex();
                    coach.showMe();
                } else if (wanted) {
                    return;
                } else if (readyAt == 0) {
                    readyAt = now;
                } else if (now - readyAt > 1_500_000_000L) {
                    System.out.println("READY");
                    stop();
                }
            }
        }.start();
    }

    @Override
    public void stop() {
        if (feed != null) {
            feed.close();
        }
    }

    /** Runs the docker CLI, as the app's actions will. */
    private static final class CliPerformer implements StepPerformer {
        @Override
        public java.util.concurrent.CompletableFuture<String> perform(List<String> dockerArgs) {
            return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                System.out.println("$ " + Command.perform(dockerArgs.toArray(String[]::new)).cliLine());
                try {
                    List<String> command = new java.util.ArrayList<>(List.of("docker"));
                    command.addAll(dockerArgs);
                    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
                    pb.environment().put("DOCKER_BUILDKIT", "0");
                    Process p = pb.start();
                    String out = new String(p.getInputStream().readAllBytes());
                    if (p.waitFor() != 0) {
                        throw new java.util.concurrent.CompletionException(new Exception(out.trim()));
                    }
                    return out;
                } catch (java.io.IOException | InterruptedException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
        }
    }

    /** A main class that is not an Application, to start from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(LearnDemo.class, args);
        }
    }
}
