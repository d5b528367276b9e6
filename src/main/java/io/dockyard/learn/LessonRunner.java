package io.dockyard.learn;

import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks one lesson: fed each new engine state with the events behind it, it checks the current
 * step and moves on by itself when the check passes, possibly several steps at once when the
 * learner did them together. Stateful, single-threaded, free of JavaFX and of engine calls: probe
 * answers come in through {@link #onProbes}.
 */
public final class LessonRunner {
    private final Lesson lesson;
    private final Clock clock;
    private final List<EngineEvent> events = new ArrayList<>();
    private LessonContext context;
    private EngineState state;
    private ProbeFacts facts = ProbeFacts.NONE;
    private boolean finished;
    private boolean listed;

    /** Starts the lesson at its first step. */
    public LessonRunner(Lesson lesson, EngineState state, Clock clock) {
        this(lesson, state, clock, 0);
    }

    /** Resumes the lesson at a saved step; the checks of that step and later still have to pass. */
    public LessonRunner(Lesson lesson, EngineState state, Clock clock, int resumeAt) {
        this.lesson = lesson;
        this.clock = clock;
        this.state = state;
        int start = Math.max(0, Math.min(resumeAt, lesson.steps().size()));
        this.context = LessonContext.begin(lesson.id(), start, state, clock.instant());
        this.finished = start >= lesson.steps().size();
        this.listed = isListed(state);
        track(List.of());
        advance();
    }

    // Commands

    /**
     * A new state and the events behind it (from any client).
     *
     * @return true when the step changed
     */
    public boolean onState(EngineState newState, List<EngineEvent> newEvents) {
        if (!listed && isListed(newState)) {
            // opened before the engine's first listing: compare against the engine, not an empty model
            listed = true;
            context = LessonContext.begin(lesson.id(), context.stepIndex(), newState, clock.instant());
        }
        state = newState;
        events.addAll(newEvents);
        track(newEvents);
        return advance();
    }

    /** Probe answers for the current step; older ones than the step are ignored. */
    public boolean onProbes(ProbeFacts newFacts) {
        facts = newFacts;
        return advance();
    }

    /** Checks again, for instance after a clock tick; returns true when the step changed. */
    public boolean recheck() {
        return advance();
    }

    // Queries

    public Lesson lesson() {
        return lesson;
    }

    public int stepIndex() {
        return context.stepIndex();
    }

    public boolean finished() {
        return finished;
    }

    public LessonContext context() {
        return context;
    }

    public EngineState state() {
        return state;
    }

    /** What the current check sees now. */
    public CheckInput input() {
        ProbeFacts trusted = facts.revision() >= context.stepStart().revision() ? facts : ProbeFacts.NONE;
        return new CheckInput(state, events, context, trusted);
    }

    /** Whether the current step's check passes on what is known now; false once finished. */
    public boolean currentCheckPasses() {
        return !finished && lesson.steps().get(stepIndex()).check().test(input());
    }

    /** The probes the current step needs answered; empty once finished. */
    public Set<ProbeRequest> probesWanted() {
        return finished ? Set.of() : new LinkedHashSet<>(lesson.steps().get(stepIndex()).probes());
    }

    /** Hints for the current step that should show now. */
    public List<Hint> visibleHints() {
        if (finished) {
            return List.of();
        }
        Duration onStep = Duration.between(context.stepStarted(), clock.instant());
        CheckInput in = input();
        return lesson.steps().get(stepIndex()).hints().stream().filter(h -> h.shows(onStep, in)).toList();
    }

    /** Full ids of the images and containers the current step is about. */
    public Set<String> highlightIds() {
        List<String> refs = finished ? List.of() : lesson.steps().get(stepIndex()).highlight();
        Set<String> ids = new LinkedHashSet<>();
        for (String ref : refs) {
            state.findImage(ref).ifPresent(i -> ids.add(i.id()));
            state.containers().values().stream().filter(c -> c.name().equals(ref)).forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    private void track(List<EngineEvent> newEvents) {
        context = context.tracking(Tracker.containers(lesson, state, newEvents),
                Tracker.images(lesson, state, context.atStart()));
    }

    private static boolean isListed(EngineState s) {
        return s.connection().status() == io.dockyard.model.Connection.Status.LIVE;
    }

    private boolean advance() {
        if (!listed) {
            return false;
        }
        boolean moved = false;
        while (currentCheckPasses()) {
            int next = stepIndex() + 1;
            facts = ProbeFacts.NONE; // answers belong to the step that asked
            Instant now = clock.instant();
            context = context.atStep(next, state, events.size(), now);
            finished = next >= lesson.steps().size();
            moved = true;
        }
        return moved;
    }
}
