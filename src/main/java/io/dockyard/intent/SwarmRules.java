package io.dockyard.intent;

import io.dockyard.model.EngineState;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person types for a Swarm service or node, checked before anything reaches the engine:
 * a number of replicas, an image to update to, an availability. Pure; every problem is a sentence
 * that says what is wrong and how to write it.
 */
public final class SwarmRules {
    /** Dockyard's ceiling: more tasks than this on a desktop's swarm is almost certainly a typing slip. */
    public static final int MAX_REPLICAS = 1000;
    /** Swarmkit's rule for a service name: a DNS name component, at most 63 characters. */
    private static final Pattern SERVICE_NAME = Pattern.compile("[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*");
    private static final int MAX_NAME = 63;
    private static final Pattern IPV4 = Pattern.compile("[0-9.]+");
    private static final Pattern INTERFACE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,14}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private SwarmRules() {
    }

    /** A number of replicas: a whole number from 0 to {@value #MAX_REPLICAS}. */
    public static Parsed<Integer> replicas(String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            return Parsed.problem("Type how many replicas the service should run, a whole number from 0 to "
                    + MAX_REPLICAS + ".");
        }
        if (!text.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            String why = text.startsWith("-") ? "cannot be negative" : "is not a whole number";
            return Parsed.problem("The number of replicas '" + text + "' " + why + ": write 0 to " + MAX_REPLICAS
                    + " (0 stops every task and keeps the service).");
        }
        String digits = text.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 4 || Integer.parseInt(digits) > MAX_REPLICAS) {
            return Parsed.problem("The number of replicas " + text + " is more than Dockyard allows (" + MAX_REPLICAS
                    + "); write a smaller number.");
        }
        return Parsed.ok(Integer.parseInt(digits));
    }

    /** The image a service should run after an update: any reference {@code docker service update --image} takes. */
    public static Parsed<String> serviceImage(String raw) {
        return ImageRefs.reference(raw);
    }

    /**
     * A service name as the swarm takes it: letters and digits, with '-' or '_' between them, at most
     * {@value #MAX_NAME} characters, since each service is also a name in the swarm's DNS.
     */
    public static Parsed<String> serviceName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            return Parsed.problem("Type a name for the service, such as web.");
        }
        if (name.length() > MAX_NAME) {
            return Parsed.problem("A service name is at most " + MAX_NAME + " characters (it is a DNS name);"
                    + " this one has " + name.length() + ".");
        }
        if (SERVICE_NAME.matcher(name).matches()) {
            return Parsed.ok(name);
        }
        int first = name.codePointAt(0);
        int last = name.codePointBefore(name.length());
        for (int c : name.codePoints().toArray()) {
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
                String shown = c == ' ' ? "a space" : "'" + Character.toString(c) + "'";
                return Parsed.problem("A service name may only use letters, digits, '-' and '_' (it becomes a DNS"
                        + " name); '" + name + "' has " + shown + ".");
            }
        }
        String end = !Character.isLetterOrDigit(first) ? "start" : "end";
        int bad = end.equals("start") ? first : last;
        return Parsed.problem("A service name must " + end + " with a letter or digit, not '"
                + Character.toString(bad) + "'.");
    }

    /**
     * An address for {@code docker swarm init}'s {@code --advertise-addr} or {@code --listen-addr}:
     * an IP address or a network interface's name, optionally with {@code :port}.
     */
    public static Parsed<String> address(String raw) {
        String text = raw == null ? "" : raw.trim();
        if (text.isEmpty()) {
            return Parsed.problem("Type an address: an IP address such as 127.0.0.1, or an interface such as eth0,"
                    + " optionally with :port.");
        }
        String host = text;
        String port = "";
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || (close + 1 < text.length() && text.charAt(close + 1) != ':')) {
                return Parsed.problem("'" + text + "' is not an address: write an IPv6 address as [::1] or [::1]:2377.");
            }
            host = text.substring(1, close);
            port = close + 1 < text.length() ? text.substring(close + 2) : "";
            if (!IPV6.matcher(host).matches()) {
                return Parsed.problem("'" + host + "' in '" + text + "' is not an IPv6 address.");
            }
        } else if (text.indexOf(':') == text.lastIndexOf(':') && text.indexOf(':') >= 0) {
            host = text.substring(0, text.indexOf(':'));
            port = text.substring(text.indexOf(':') + 1);
        } else if (text.indexOf(':') >= 0) {
            // several ':' and no brackets: an IPv6 address without a port
            return IPV6.matcher(text).matches() ? Parsed.ok(text)
                    : Parsed.problem("'" + text + "' is not an address: write an IPv6 address as [::1] or [::1]:2377.");
        }
        String problem = hostProblem(host, text);
        if (problem == null && (!port.isEmpty() || text.endsWith(":"))) {
            problem = portProblem(port, text);
        }
        return problem == null ? Parsed.ok(text) : Parsed.problem(problem);
    }

    private static String hostProblem(String host, String text) {
        if (host.isEmpty() || IPV6.matcher(host).matches()) {
            return host.isEmpty() ? "'" + text + "' has no address before its port: write one such as 127.0.0.1:2377."
                    : null;
        }
        if (IPV4.matcher(host).matches()) {
            String[] parts = host.split("\\.", -1);
            boolean ok = parts.length == 4;
            for (String part : parts) {
                ok = ok && !part.isEmpty() && part.length() <= 3 && Integer.parseInt(part) <= 255;
            }
            return ok ? null : "'" + host + "' is not an IPv4 address: write four numbers from 0 to 255, such as"
                    + " 127.0.0.1.";
        }
        return INTERFACE.matcher(host).matches() ? null : "'" + host + "' is neither an IP address nor a network"
                + " interface's name: write one such as 127.0.0.1, 192.168.1.20 or eth0 (ip addr lists them).";
    }

    private static String portProblem(String port, String text) {
        boolean digits = !port.isEmpty() && port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9');
        int n = digits ? Integer.parseInt(port) : 0;
        return n >= 1 && n <= 65535 ? null : "The port '" + port + "' in '" + text + "' is not a number from 1 to"
                + " 65535.";
    }

    /** An availability word: active, pause or drain. */
    public static Parsed<SwarmNode.Availability> availability(String raw) {
        String word = raw == null ? "" : raw.trim();
        for (SwarmNode.Availability a : SwarmNode.Availability.values()) {
            if (a.word().equalsIgnoreCase(word)) {
                return Parsed.ok(a);
            }
        }
        return Parsed.problem("'" + word + "' is not an availability: use active (takes tasks), pause (keeps its"
                + " tasks, takes no new ones) or drain (moves its tasks to other nodes).");
    }

    /** Scaling a service the engine holds: it must exist and be replicated (a global service runs one task per node). */
    public static Parsed<ScaleService> scale(EngineState state, String service, String rawReplicas) {
        Optional<SwarmService> found = state.findService(service);
        if (found.isEmpty()) {
            return Parsed.problem(noSuchService(service));
        }
        if (found.get().mode() == SwarmService.Mode.GLOBAL) {
            return Parsed.problem("Service '" + found.get().name() + "' is global: it runs one task on every node and"
                    + " cannot be scaled. Drain a node to take its task away.");
        }
        Parsed<Integer> replicas = replicas(rawReplicas);
        return replicas.isOk() ? Parsed.ok(new ScaleService(found.get().name(), replicas.value()))
                : Parsed.problem(replicas.problem());
    }

    /** Changing a node's availability: the node must exist and not already be so. */
    public static Parsed<UpdateNodeAvailability> availability(EngineState state, String node,
                                                              SwarmNode.Availability wanted) {
        Optional<SwarmNode> found = state.findNode(node);
        if (found.isEmpty()) {
            return Parsed.problem("There is no node '" + node + "' in this swarm: docker node ls lists the nodes"
                    + " (on a manager).");
        }
        if (found.get().availability() == wanted) {
            return Parsed.problem("Node " + found.get().hostname() + " (" + shortId(found.get().id()) + ") is already "
                    + wanted.word() + ".");
        }
        return Parsed.ok(new UpdateNodeAvailability(found.get().id(), wanted));
    }

    static String noSuchService(String service) {
        return "There is no service '" + service + "' on this swarm: docker service ls lists the services"
                + " (on a manager).";
    }

    private static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }
}
