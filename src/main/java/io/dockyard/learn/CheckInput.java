package io.dockyard.learn;

import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineState;

import java.util.List;

/**
 * Everything a check may look at: the live state, the events seen since the lesson began (from
 * any client, the learner's terminal included), what the lesson has tracked, and probe answers.
 */
public record CheckInput(EngineState state, List<EngineEvent> events, LessonContext context, ProbeFacts facts) {
    public CheckInput {
        events = List.copyOf(events);
    }

    /** Events seen since the current step began. */
    public List<EngineEvent> stepEvents() {
        int from = Math.min(context.stepFirstEvent(), events.size());
        return events.subList(from, events.size());
    }

    /** The state when the current step began, to compare against. */
    public EngineState before() {
        return context.stepStart();
    }
}
