package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * An action on a whole compose project: on the containers labelled
 * {@code com.docker.compose.project=NAME}, in compose's order (stopped last service first,
 * started first service first). The engine has no project object: the adapter finds the
 * containers by that label when it acts, so the action takes what the engine holds then.
 *
 * <p>The journal shows the compose command the user has ({@link ComposeCli}), or, without one,
 * the plain docker commands that do the same, joined by {@code &&}. {@link #cliArgs()} is then
 * the first of them; {@link #cliCommands()} all of them.
 */
public sealed interface ProjectIntent extends Intent permits StopProject, StartProject, RestartProject, RemoveProject {

    /** The project's name. */
    String project();

    /** How the journal words it. */
    ComposeCli cli();

    /** The project's containers (names or ids) in compose order, as the plain docker lines name them. */
    List<String> containers();

    @Override
    default List<String> cliArgs() {
        return cliCommands().get(0);
    }

    /** {@code docker VERB C…}, one command. */
    static List<String> docker(List<String> verb, List<String> operands) {
        List<String> words = new ArrayList<>(List.of("docker"));
        words.addAll(verb);
        words.addAll(operands);
        return words;
    }

    /** The containers last first, as compose stops them. */
    static List<String> reversed(List<String> containers) {
        List<String> r = new ArrayList<>(containers);
        java.util.Collections.reverse(r);
        return r;
    }
}
