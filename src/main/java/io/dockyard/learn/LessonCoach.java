package io.dockyard.learn;

import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineState;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * The learn panel's model, free of JavaFX: the path of lessons, the open lesson's runner, probing,
 * "show me", reset and saved progress. Every method is called on the UI executor, and every
 * result of background work comes back through it, so the state here has one thread. Probes and
 * commands run on the background executor, never on the UI thread.
 */
public final class LessonCoach {
    /** The longest wait before a step's probes are asked again. */
    private static final Duration REASK_LONGEST = Duration.ofSeconds(2);
    /** The first wait before a probe is asked again; it doubles up to {@link #REASK_LONGEST}. */
    private static final Duration REASK_FIRST = Duration.ofMillis(200);
    private final List<Lesson> lessons;
    private final LessonServices services;
    private final Executor background;
    private final Executor ui;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private EngineState latest;
    private LessonRunner runner;
    private LessonProgress progress;
    private boolean probing;
    private boolean probeAgain;
    private long probedRevision = -1;
    private boolean reaskPending;
    private Duration reaskWait = REASK_FIRST;
    private boolean busy;
    private String message = "";
    private String setupProblem = "";

    public LessonCoach(List<Lesson> lessons, LessonServices services, Executor background, Executor ui, Clock clock) {
        this.lessons = List.copyOf(lessons);
        this.services = services;
        this.background = background;
        this.ui = ui;
        this.clock = clock;
        this.progress = services.progress().load();
        this.latest = EngineState.empty(io.dockyard.model.Connection.connecting("", ""));
    }

    // Commands

    /** A new state from the store. */
    public void onState(EngineState state) {
        latest = state;
        if (runner != null) {
            runner.onState(state, List.of());
        }
        changed();
    }

    /** The events behind the newest state (the store hands them over right after the state). */
    public void onEvents(List<EngineEvent> events) {
        if (runner != null) {
            runner.onState(latest, events);
        }
        changed();
    }

    /** Opens a lesson: where the learner left it, or from the start when finished or new. */
    public void open(String lessonId) {
        if (busy) {
            return; // a show-me or reset is still running for the open lesson
        }
        Lesson lesson = Lessons.byId(lessons, lessonId).orElseThrow(() -> new IllegalArgumentException(lessonId));
        int step = progress.current().equals(lessonId) && !progress.completed().contains(lessonId) ? progress.step() : 0;
        runner = new LessonRunner(lesson, latest, clock, step);
        message = "";
        probedRevision = -1;
        reaskWait = REASK_FIRST;
        changed();
    }

    /** Does the current step for the learner, one command after the other. */
    public void showMe() {
        if (runner == null || runner.finished() || busy || !ready()) {
            return;
        }
        List<Command> commands = lesson().orElseThrow().steps().get(runner.stepIndex()).showMe();
        runAll(commands.stream().map(Command::args).toList(), false);
    }

    /** What "Reset lesson" would remove now, for the confirmation. */
    public ResetPlan resetPlan() {
        return runner == null ? new ResetPlan(List.of()) : ResetPlan.of(runner.lesson(), runner.context(), latest);
    }

    /** Removes what the plan lists, then starts the lesson over. */
    public void reset(ResetPlan plan) {
        if (runner == null || busy) {
            return;
        }
        runAll(plan.removals().stream().map(r -> r.command().args()).toList(), true);
    }

    /** Called about once a second: hints that wait for time. */
    public void tick() {
        if (runner != null) {
            runner.recheck();
        }
        changed();
    }

    public void setSetupProblem(String problem) {
        setupProblem = problem == null ? "" : problem;
        changed();
    }

    /** Called after every change the panel should show. */
    public Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // Queries

    public List<Lesson> lessons() {
        return lessons;
    }

    public Optional<Lesson> lesson() {
        return runner == null ? Optional.empty() : Optional.of(runner.lesson());
    }

    public Optional<LessonRunner> runner() {
        return Optional.ofNullable(runner);
    }

    public LessonProgress progress() {
        return progress;
    }

    public boolean busy() {
        return busy;
    }

    /** True once the engine has been listed: before that, nothing can be checked, so nothing is done. */
    public boolean ready() {
        return latest.connection().status() == io.dockyard.model.Connection.Status.LIVE;
    }

    /** The latest thing to tell the learner (a failed command in the engine's words), or empty. */
    public String message() {
        return message;
    }

    public String setupProblem() {
        return setupProblem;
    }

    /** What the open lesson needs and does not have yet, or empty. */
    public String missingRequirement() {
        if (runner == null || runner.lesson().requirement() == null) {
            return "";
        }
        Lesson.Requirement r = runner.lesson().requirement();
        return r.met().test(runner.input()) ? "" : r.missing();
    }

    /** True when no probe is out and the answers match the newest state. */
    public boolean probesSettled() {
        return !probing && (runner == null || runner.probesWanted().isEmpty() || probedRevision == latest.revision());
    }

    public Set<String> highlightIds() {
        return runner == null ? Set.of() : runner.highlightIds();
    }

    private void changed() {
        saveProgress();
        probeIfNeeded();
        for (Runnable l : listeners) {
            l.run();
        }
    }

    private void saveProgress() {
        if (runner == null) {
            return;
        }
        LessonProgress now = progress.at(runner.lesson().id(), runner.stepIndex());
        if (runner.finished()) {
            now = now.withCompleted(runner.lesson().id());
        }
        if (!now.equals(progress)) {
            progress = now;
            services.progress().save(now);
        }
    }

    private void probeIfNeeded() {
        if (runner == null || runner.probesWanted().isEmpty() || probedRevision == latest.revision()) {
            return;
        }
        if (probing) {
            probeAgain = true;
            return;
        }
        probing = true;
        long revision = latest.revision();
        Set<ProbeRequest> wanted = runner.probesWanted();
        LessonRunner askedFor = runner;
        background.execute(() -> {
            ProbeFacts facts = ProbeFacts.gather(wanted, services.probe(), revision);
            ui.execute(() -> probed(askedFor, facts));
        });
    }

    private void probed(LessonRunner askedFor, ProbeFacts facts) {
        probing = false;
        probedRevision = facts.revision();
        if (askedFor == runner && runner.probesWanted().containsAll(facts.answers().keySet())) {
            int step = runner.stepIndex();
            runner.onProbes(facts);
            reaskWait = runner.stepIndex() == step ? reaskWait : REASK_FIRST;
        }
        if (probeAgain) {
            probeAgain = false;
            probedRevision = -1;
        }
        changed();
        askAgainLater();
    }

    /**
     * A step whose probes did not satisfy its check is asked again after a short wait, sooner at
     * first: what a probe looks for (a process, a file) can appear without any engine event, so a
     * new state cannot be relied on to prompt the next probe.
     */
    private void askAgainLater() {
        if (reaskPending || runner == null || runner.probesWanted().isEmpty()) {
            return;
        }
        reaskPending = true;
        Duration wait = reaskWait;
        Duration next = reaskWait.multipliedBy(2);
        reaskWait = next.compareTo(REASK_LONGEST) > 0 ? REASK_LONGEST : next;
        services.later().after(wait, () -> ui.execute(() -> {
            reaskPending = false;
            if (runner != null && !probing) {
                probedRevision = -1; // whatever lesson is open now, its probes are asked afresh
                changed();
            }
        }));
    }

    private void runAll(List<List<String>> commands, boolean restartAfter) {
        busy = true;
        message = "";
        changed();
        List<String> failures = new ArrayList<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (List<String> args : commands) {
            // each command starts on the UI thread, as the app's actions expect
            chain = chain.thenComposeAsync(x -> services.performer().perform(args)
                    .handle((out, failure) -> {
                        if (failure != null) {
                            failures.add(Command.perform(args.toArray(String[]::new)).cliLine() + ": "
                                    + reason(failure));
                        }
                        return null;
                    }), ui);
        }
        chain.whenComplete((x, y) -> ui.execute(() -> finishRun(failures, restartAfter)));
    }

    private void finishRun(List<String> failures, boolean restartAfter) {
        busy = false;
        message = failures.isEmpty() ? "" : String.join("\n", failures);
        if (restartAfter && runner != null) {
            runner = new LessonRunner(runner.lesson(), latest, clock, 0);
            probedRevision = -1;
        }
        changed();
    }

    private static String reason(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().trim();
    }
}
