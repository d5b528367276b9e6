package io.dockyard.learn;

import io.dockyard.engine.api.ContainerProbe;

import java.util.HashMap;
import java.util.Map;

/**
 * The probe answers a step has gathered, each with the state revision it was asked at. Checks only
 * trust answers asked at or after the revision their step started with.
 *
 * @param answers  what each probe said
 * @param revision the {@code EngineState} revision current when the probes were asked
 */
public record ProbeFacts(Map<ProbeRequest, ProbeAnswer> answers, long revision) {
    public static final ProbeFacts NONE = new ProbeFacts(Map.of(), -1);

    public ProbeFacts {
        answers = Map.copyOf(answers);
    }

    /** The answer, or a failed one when the question was not asked. */
    public ProbeAnswer get(ProbeRequest request) {
        ProbeAnswer a = answers.get(request);
        return a == null ? ProbeAnswer.failed("not asked yet") : a;
    }

    public ProbeAnswer diff(String container) {
        return get(ProbeRequest.diff(container));
    }

    public ProbeAnswer top(String container) {
        return get(ProbeRequest.top(container));
    }

    public ProbeAnswer file(String container, String path) {
        return get(ProbeRequest.file(container, path));
    }

    /** Asks every request now, at the given revision. */
    public static ProbeFacts gather(Iterable<ProbeRequest> requests, ContainerProbe probe, long revision) {
        Map<ProbeRequest, ProbeAnswer> answers = new HashMap<>();
        for (ProbeRequest r : requests) {
            answers.put(r, r.ask(probe));
        }
        return new ProbeFacts(answers, revision);
    }
}
