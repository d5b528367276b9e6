package io.dockyard.learn;

import io.dockyard.actions.BuildImage;
import io.dockyard.actions.CommitContainer;
import io.dockyard.actions.ExecCommand;
import io.dockyard.actions.Intent;
import io.dockyard.actions.Parsed;
import io.dockyard.actions.PortRules;
import io.dockyard.actions.PortSpec;
import io.dockyard.actions.RemoveContainer;
import io.dockyard.actions.RemoveImage;
import io.dockyard.actions.RestartPolicy;
import io.dockyard.actions.RunContainer;
import io.dockyard.actions.StartContainer;
import io.dockyard.actions.StopContainer;
import io.dockyard.actions.TagImage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a lesson command as one of the app's action intents. A command counts only when the
 * intent's own CLI line is word for word the lesson's, so "show me" through the actions does
 * exactly what the line says; anything else (docker create, exec -d, commit -c, build-arg …)
 * has no intent yet and is left to the caller.
 */
public final class LessonIntents {
    private LessonIntents() {
    }

    public static Optional<Intent> of(List<String> args) {
        Intent candidate = read(args);
        List<String> expected = new ArrayList<>(List.of("docker"));
        expected.addAll(args);
        return candidate != null && candidate.cliArgs().equals(expected) ? Optional.of(candidate) : Optional.empty();
    }

    private static Intent read(List<String> a) {
        if (a.isEmpty()) {
            return null;
        }
        String verb = a.get(0);
        int n = a.size();
        return switch (verb) {
            case "run" -> run(a);
            case "build" -> build(a);
            case "start" -> n == 2 ? new StartContainer(a.get(1)) : null;
            case "stop" -> n == 2 ? new StopContainer(a.get(1), null) : null;
            case "rm" -> n == 3 && a.get(1).equals("-f") ? new RemoveContainer(a.get(2), true, false) : null;
            case "rmi" -> n == 2 ? new RemoveImage(a.get(1), false) : null;
            case "tag" -> n == 3 ? new TagImage(a.get(1), a.get(2)) : null;
            case "commit" -> n == 3 ? new CommitContainer(a.get(1), a.get(2), "") : null;
            case "exec" -> n >= 3 && !a.get(1).startsWith("-") ? new ExecCommand(a.get(1), a.subList(2, n)) : null;
            default -> null;
        };
    }

    private static Intent run(List<String> a) {
        String name = "";
        List<PortSpec> ports = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        boolean detached = false;
        int i = 1;
        for (; i < a.size() && a.get(i).startsWith("-"); i++) {
            String flag = a.get(i);
            if (flag.equals("-d")) {
                detached = true;
                continue;
            }
            if (i + 1 >= a.size()) {
                return null;
            }
            String value = a.get(++i);
            switch (flag) {
                case "--name" -> name = value;
                case "-p" -> {
                    Parsed<PortSpec> port = PortRules.port(value);
                    if (!port.isOk()) {
                        return null;
                    }
                    ports.add(port.value());
                }
                case "--label" -> {
                    if (!putLabel(labels, value)) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (!detached || i >= a.size()) {
            return null;
        }
        return new RunContainer(a.get(i), name, ports, List.of(), List.of(), a.subList(i + 1, a.size()),
                RestartPolicy.NO, false, labels);
    }

    private static Intent build(List<String> a) {
        String tag = "";
        Map<String, String> labels = new LinkedHashMap<>();
        int i = 1;
        for (; i + 1 < a.size(); i += 2) {
            switch (a.get(i)) {
                case "-t" -> tag = a.get(i + 1);
                case "--label" -> {
                    if (!putLabel(labels, a.get(i + 1))) {
                        return null;
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return i == a.size() - 1 ? new BuildImage(Path.of(a.get(i)), null, tag, labels, Map.of(), false) : null;
    }

    private static boolean putLabel(Map<String, String> labels, String pair) {
        int eq = pair.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        labels.put(pair.substring(0, eq), pair.substring(eq + 1));
        return true;
    }
}
