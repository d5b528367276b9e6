package io.dockyard.intent;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Docker's rules for what a person types, checked before anything reaches the engine. Pure: no
 * engine, no sockets. Every problem is a sentence that says what is wrong and how to write it.
 */
public final class InputRules {
    /** Docker's own rule for container and volume names. */
    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]+");
    private static final Pattern ENV_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SIGNAL = Pattern.compile("(SIG)?[A-Z0-9+-]+|[0-9]+");

    private InputRules() {
    }

    /** A container name; empty is fine (Docker then picks one). */
    public static Parsed<String> containerName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            return Parsed.ok("");
        }
        String problem = nameProblem(name, "container");
        return problem == null ? Parsed.ok(name) : Parsed.problem(problem);
    }

    static String nameProblem(String name, String what) {
        if (NAME.matcher(name).matches()) {
            return null;
        }
        // by code point, so an emoji is one character and is shown whole
        if (name.codePointCount(0, name.length()) == 1) {
            return "A " + what + " name needs at least two characters.";
        }
        int first = name.codePointAt(0);
        if (!Character.isLetterOrDigit(first) || first > 127) {
            return "A " + what + " name must start with a letter or digit, not '" + Character.toString(first) + "'.";
        }
        for (int c : name.codePoints().toArray()) {
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-'))) {
                String shown = c == ' ' ? "a space" : "'" + Character.toString(c) + "'";
                return "A " + what + " name may only use letters, digits, '_', '.' and '-'; it has " + shown + ".";
            }
        }
        return "'" + name + "' is not a valid " + what + " name.";
    }

    /** One environment variable, {@code KEY=value}. */
    public static Parsed<String> env(String raw) {
        String line = raw == null ? "" : raw;
        int eq = line.indexOf('=');
        if (eq < 0) {
            return Parsed.problem("'" + line.trim() + "' has no value: write it as KEY=value.");
        }
        String key = line.substring(0, eq);
        if (key.isEmpty()) {
            return Parsed.problem("'" + line + "' has no variable name before '='.");
        }
        if (!ENV_KEY.matcher(key).matches()) {
            if (key.chars().anyMatch(Character::isWhitespace)) {
                return Parsed.problem("The variable name '" + key + "' contains a space; names are one word.");
            }
            if (Character.isDigit(key.charAt(0))) {
                return Parsed.problem("The variable name '" + key + "' starts with a digit; start with a letter or '_'.");
            }
            return Parsed.problem("The variable name '" + key + "' may only use letters, digits and '_'.");
        }
        return Parsed.ok(line);
    }

    /** A volume or bind mount: {@code /path}, {@code name:/path[:ro|rw]} or {@code /host:/path[:ro|rw]}. */
    public static Parsed<VolumeSpec> volume(String raw) {
        String spec = raw == null ? "" : raw.trim();
        String[] parts = spec.split(":", -1);
        if (spec.isEmpty() || parts.length > 3) {
            return Parsed.problem("'" + spec + "' is not a volume: write /path, name:/path or /host/folder:/path, "
                    + "optionally followed by :ro.");
        }
        String source = parts.length == 1 ? "" : parts[0];
        String target = parts.length == 1 ? parts[0] : parts[1];
        if (parts.length > 1 && source.isBlank()) {
            // ":/data:ro" would become an anonymous volume that no docker -v can write read-only
            return Parsed.problem("'" + spec + "' has nothing before the first ':': name the volume or host folder"
                    + " (name:/path, /host/folder:/path), or write just /path for an anonymous volume.");
        }
        boolean readOnly = false;
        if (parts.length == 3) {
            if (!parts[2].equals("ro") && !parts[2].equals("rw")) {
                return Parsed.problem("The mount mode '" + parts[2] + "' is unknown: use ro (read-only) or rw.");
            }
            readOnly = parts[2].equals("ro");
        }
        String problem = volumeSourceProblem(source);
        if (problem == null) {
            problem = volumeTargetProblem(target);
        }
        return problem == null ? Parsed.ok(new VolumeSpec(source, target, readOnly)) : Parsed.problem(problem);
    }

    private static String volumeSourceProblem(String source) {
        if (source.isEmpty() || source.startsWith("/")) {
            return null;
        }
        if (source.startsWith(".") || source.startsWith("~") || source.contains("/")) {
            return "The host folder '" + source + "' must be an absolute path, such as /home/me/site.";
        }
        String problem = nameProblem(source, "volume");
        return problem == null ? null : problem + " (A host folder must start with /.)";
    }

    private static String volumeTargetProblem(String target) {
        if (target.isEmpty()) {
            return "The path inside the container is missing.";
        }
        if (!target.equals(target.trim()) || !target.equals(target.strip())) {
            // "/data :ro" would mount on "/data " (with the space), which nobody means
            return "The path inside the container '" + target + "' begins or ends with a space or an invisible"
                    + " character; remove it.";
        }
        if (!target.startsWith("/")) {
            return "The path inside the container must be absolute (start with /): '" + target + "'.";
        }
        if (target.equals("/")) {
            return "A volume cannot be mounted over the container's root folder /.";
        }
        return null;
    }

    /** A command that replaces the image's own; split as a shell would. Empty keeps the image's command. */
    public static Parsed<List<String>> command(String raw) {
        return ShellWords.split(raw == null ? "" : raw);
    }

    /** A restart policy: no, always, unless-stopped, on-failure or on-failure:N. */
    public static Parsed<RestartPolicy> restart(String raw) {
        String text = raw == null || raw.isBlank() ? "no" : raw.trim().toLowerCase(Locale.ROOT);
        String[] parts = text.split(":", -1);
        if (!RestartPolicy.MODES.contains(parts[0]) || parts.length > 2) {
            return Parsed.problem("'" + raw + "' is not a restart policy: use no, always, unless-stopped or "
                    + "on-failure[:max-retries].");
        }
        if (parts.length == 1) {
            return Parsed.ok(new RestartPolicy(parts[0], 0));
        }
        if (!parts[0].equals("on-failure")) {
            return Parsed.problem("Only on-failure takes a number of retries; '" + parts[0] + "' does not.");
        }
        try {
            int retries = Integer.parseInt(parts[1]);
            if (retries < 0) {
                return Parsed.problem("The number of retries cannot be negative.");
            }
            return Parsed.ok(new RestartPolicy("on-failure", retries));
        } catch (NumberFormatException e) {
            return Parsed.problem("The number of retries '" + parts[1] + "' is not a whole number.");
        }
    }

    /** A signal for {@code docker kill}: a name such as SIGHUP or HUP, or a number. */
    public static Parsed<String> signal(String raw) {
        String s = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return Parsed.ok("");
        }
        return SIGNAL.matcher(s).matches() ? Parsed.ok(s) : Parsed.problem("'" + raw + "' is not a signal name.");
    }
}
