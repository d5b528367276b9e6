package io.dockyard.learn;

import io.dockyard.engine.api.ContainerProbe;

import java.util.List;

/**
 * One step of a lesson.
 *
 * @param title     a short imperative ("Start a second container")
 * @param text      what to do and what to notice, with the learner's names filled in
 * @param commands  the exact docker commands; the {@link Command.Kind#DO} and {@link Command.Kind#FAILS}
 *                  ones are what "show me" runs
 * @param check     passes once the engine shows the step done
 * @param probes    what the check needs a {@link ContainerProbe} to answer
 * @param hints     help for when the learner is stuck
 * @param highlight image references and container names to light up on the yard
 */
public record Step(String title, String text, List<Command> commands, Check check, List<ProbeRequest> probes,
                   List<Hint> hints, List<String> highlight) {
    public Step {
        commands = List.copyOf(commands);
        probes = List.copyOf(probes);
        hints = List.copyOf(hints);
        highlight = List.copyOf(highlight);
    }

    /** The commands "show me" runs, in order. */
    public List<Command> showMe() {
        return commands.stream().filter(c -> c.kind() == Command.Kind.DO || c.kind() == Command.Kind.FAILS).toList();
    }
}
