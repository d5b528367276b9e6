package io.dockyard.intent;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the words of a docker command (without {@code docker} itself) into the {@link Intent}
 * that does the same, so a command a lesson shows can be performed through Dockyard's own
 * actions and journal. Covers run, create, start, stop, rm, rmi, tag, exec, commit and build
 * with the options Dockyard's intents know, and the swarm, service and node
 * commands of {@link SwarmCli}; anything else is refused with the reason.
 */
public final class CliIntents {
    private CliIntents() {
    }

    /** The intent for these words, or a problem naming the word Dockyard cannot follow. */
    public static Parsed<Intent> parse(List<String> dockerArgs) {
        try {
            CliWords words = new CliWords(dockerArgs);
            Intent intent = read(words);
            words.end();
            return Parsed.ok(intent);
        } catch (CliRefusal e) {
            return Parsed.problem(e.getMessage());
        }
    }

    private static Intent read(CliWords w) {
        String command = w.next("a docker command");
        switch (command) {
            case "run": return run(w);
            case "create": return create(w);
            case "start": return new StartContainer(w.operand("start", "a container"));
            case "stop": return stop(w);
            case "rm": return remove(w);
            case "rmi": return removeImage(w);
            case "tag": return new TagImage(w.operand("tag", "the source image"), w.next("the new name"));
            case "exec": return exec(w);
            case "commit": return commit(w);
            case "build": return build(w);
            case "volume": return ObjectCli.volume(w);
            case "network": return ObjectCli.network(w);
            case "compose": return ObjectCli.compose(w);
            case "swarm": return SwarmCli.swarm(w);
            case "service": return SwarmCli.service(w);
            case "node": return SwarmCli.node(w);
            default: throw new CliRefusal("Dockyard cannot perform docker " + command + " itself; run it in a terminal.");
        }
    }

    private static Intent run(CliWords w) {
        boolean detached = false;
        String name = "";
        List<PortSpec> ports = new ArrayList<>();
        List<String> env = new ArrayList<>();
        List<VolumeSpec> volumes = new ArrayList<>();
        RestartPolicy restart = RestartPolicy.NO;
        Map<String, String> labels = new LinkedHashMap<>();
        boolean autoRemove = false;
        String network = "";
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "-d": case "--detach": detached = true; break;
                case "--network": case "--net": network = checked("--network", w.value(option), NameRules::joinedNetwork);
                    break;
                case "--name": name = w.value(option); break;
                case "-p": case "--publish": ports.add(checked("-p", w.value(option), PortRules::port)); break;
                case "-e": case "--env": env.add(w.value(option)); break;
                case "-v": case "--volume": volumes.add(checked("-v", w.value(option), InputRules::volume)); break;
                case "--restart": restart = checked("--restart", w.value(option), InputRules::restart); break;
                case "-l": case "--label": label(labels, w.value(option)); break;
                case "--rm": autoRemove = true; break;
                default: throw unknown("run", option);
            }
        }
        if (!detached) {
            throw new CliRefusal("Only docker run -d can be done here: a run in the foreground needs a terminal.");
        }
        String image = w.next("the image to run");
        return new RunContainer(image, name, ports, env, volumes, w.rest(), restart, autoRemove, labels, network);
    }

    private static Intent create(CliWords w) {
        String name = "";
        Map<String, String> labels = new LinkedHashMap<>();
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "--name": name = w.value(option); break;
                case "-l": case "--label": label(labels, w.value(option)); break;
                default: throw unknown("create", option);
            }
        }
        String image = w.next("the image to create a container from");
        return new CreateContainer(image, name, labels, w.rest());
    }

    private static Intent stop(CliWords w) {
        Integer timeout = null;
        while (w.atOption()) {
            String option = w.next("an option");
            if (!option.equals("-t") && !option.equals("--time")) {
                throw unknown("stop", option);
            }
            timeout = number(option, w.value(option));
        }
        return new StopContainer(w.next("the container to stop"), timeout);
    }

    private static Intent remove(CliWords w) {
        boolean force = false;
        boolean volumes = false;
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "-f": case "--force": force = true; break;
                case "-v": case "--volumes": volumes = true; break;
                default: throw unknown("rm", option);
            }
        }
        return new RemoveContainer(w.next("the container to remove"), force, volumes);
    }

    private static Intent removeImage(CliWords w) {
        boolean force = false;
        while (w.atOption()) {
            String option = w.next("an option");
            if (!option.equals("-f") && !option.equals("--force")) {
                throw unknown("rmi", option);
            }
            force = true;
        }
        return new RemoveImage(w.next("the image to remove"), force);
    }

    private static Intent exec(CliWords w) {
        boolean detach = false;
        while (w.atOption()) {
            String option = w.next("an option");
            if (!option.equals("-d") && !option.equals("--detach")) {
                throw unknown("exec", option);
            }
            detach = true;
        }
        String container = w.next("the container to run the command in");
        List<String> command = w.rest();
        if (command.isEmpty()) {
            throw new CliRefusal("docker exec needs a command to run after the container.");
        }
        return new ExecCommand(container, command, detach);
    }

    private static Intent commit(CliWords w) {
        String message = "";
        List<String> changes = new ArrayList<>();
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "-m": case "--message": message = w.value(option); break;
                case "-c": case "--change": changes.add(change(w.value(option))); break;
                default: throw unknown("commit", option);
            }
        }
        String container = w.next("the container to commit");
        List<String> rest = w.rest();
        if (rest.size() > 1) {
            throw new CliRefusal("docker commit takes one new name; unexpected: " + rest.get(1));
        }
        return new CommitContainer(container, rest.isEmpty() ? "" : rest.get(0), message, changes);
    }

    private static Intent build(CliWords w) {
        String tag = "";
        Path dockerfile = null;
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> buildArgs = new LinkedHashMap<>();
        boolean forceRm = false;
        while (w.atOption()) {
            String option = w.next("an option");
            switch (option) {
                case "-t": case "--tag": tag = w.value(option); break;
                case "-f": case "--file": dockerfile = path("The Dockerfile", w.value(option)); break;
                case "--label": label(labels, w.value(option)); break;
                case "--build-arg": buildArg(buildArgs, w.value(option)); break;
                case "--force-rm": forceRm = true; break;
                default: throw unknown("build", option);
            }
        }
        Path context = path("The build context", w.next("the build context (a folder)"));
        return new BuildImage(context, dockerfile, tag, labels, buildArgs, forceRm);
    }

    /** Only LABEL changes can be sent through the engine's commit request. */
    private static String change(String change) {
        String[] parts = change.trim().split("\\s+", 2);
        if (!parts[0].equalsIgnoreCase("LABEL") || parts.length < 2 || !parts[1].contains("=")) {
            throw new CliRefusal("Only commit changes of the form LABEL key=value can be done here, not: " + change);
        }
        return change;
    }

    /** The value of an option that Dockyard's own input rules read. */
    static <T> T checked(String option, String raw, Function<String, Parsed<T>> rule) {
        Parsed<T> parsed = rule.apply(raw);
        if (!parsed.isOk()) {
            throw new CliRefusal(option + " " + raw + ": " + parsed.problem());
        }
        return parsed.value();
    }

    private static Path path(String what, String raw) {
        try {
            return Path.of(raw);
        } catch (InvalidPathException e) {
            throw new CliRefusal(what + " '" + raw + "' is not a path this system can use: " + e.getReason() + ".");
        }
    }

    static void label(Map<String, String> labels, String raw) {
        int eq = raw.indexOf('=');
        String key = eq < 0 ? raw : raw.substring(0, eq);
        if (key.isEmpty()) {
            throw new CliRefusal("A label needs a key before '=': " + raw);
        }
        labels.put(key, eq < 0 ? "" : raw.substring(eq + 1));
    }

    private static void buildArg(Map<String, String> args, String raw) {
        int eq = raw.indexOf('=');
        if (eq <= 0) {
            throw new CliRefusal("--build-arg needs NAME=value, not: " + raw);
        }
        args.put(raw.substring(0, eq), raw.substring(eq + 1));
    }

    private static Integer number(String option, String raw) {
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            throw new CliRefusal(option + " needs a number of seconds, not: " + raw);
        }
    }

    static CliRefusal unknown(String command, String option) {
        return new CliRefusal("Dockyard does not know the option " + option + " of docker " + command + ".");
    }
}
