package io.dockyard.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads {@code -p} specs: {@code [ip:][hostPort:]containerPort[/protocol]}. */
public final class PortRules {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private PortRules() {
    }

    public static Parsed<PortSpec> port(String raw) {
        String spec = raw == null ? "" : raw.trim();
        if (spec.isEmpty()) {
            return Parsed.problem("The port is empty: write host:container, such as 8080:80.");
        }
        String protocol = "tcp";
        int slash = spec.lastIndexOf('/');
        if (slash >= 0) {
            protocol = spec.substring(slash + 1).toLowerCase(Locale.ROOT);
            spec = spec.substring(0, slash);
            if (!protocol.equals("tcp") && !protocol.equals("udp") && !protocol.equals("sctp")) {
                return Parsed.problem("The protocol '" + protocol + "' is unknown: use tcp, udp or sctp.");
            }
        }
        String ip = "";
        if (spec.startsWith("[")) {
            int close = spec.indexOf("]:");
            if (close < 0) {
                return Parsed.problem("An IPv6 address must be written as [address]:host:container.");
            }
            ip = spec.substring(1, close);
            if (!isIpv6(ip)) {
                return Parsed.problem("'" + ip + "' is not an IPv6 address to publish on (such as [::1]).");
            }
            spec = spec.substring(close + 2);
            if (!spec.contains(":")) {
                spec = ":" + spec;
            }
        }
        return split(raw.trim(), ip, spec, protocol);
    }

    private static Parsed<PortSpec> split(String raw, String ipv6, String spec, String protocol) {
        String[] parts = spec.split(":", -1);
        if (parts.length > 3 && ipv6.isEmpty() && spec.contains("::")) {
            return Parsed.problem("'" + raw + "' has too many parts: write an IPv6 address in brackets, as in "
                    + "[::1]:8080:80.");
        }
        if (parts.length > 3 || (!ipv6.isEmpty() && parts.length > 2)) {
            return Parsed.problem("'" + raw + "' has too many parts: write [ip:]host:container[/protocol].");
        }
        String ip = parts.length == 3 ? parts[0] : ipv6;
        String host = parts.length >= 2 ? parts[parts.length - 2] : "";
        String container = parts[parts.length - 1];
        if (parts.length == 3 && !isIpv4(ip)) {
            return Parsed.problem("'" + ip + "' is not an IP address to publish on (such as 127.0.0.1).");
        }
        Parsed<Integer> containerPort = number(container, "container");
        if (!containerPort.isOk()) {
            return Parsed.problem(containerPort.problem());
        }
        int hostPort = 0;
        if (!host.isEmpty()) {
            Parsed<Integer> h = number(host, "host");
            if (!h.isOk()) {
                return Parsed.problem(h.problem());
            }
            hostPort = h.value();
        }
        return Parsed.ok(new PortSpec(ip, hostPort, containerPort.value(), protocol));
    }

    private static Parsed<Integer> number(String text, String side) {
        if (text.isEmpty()) {
            return Parsed.problem("The " + side + " port is missing.");
        }
        boolean negative = text.matches("-[0-9]+"); // "-1" is a number below the range, not a range
        if (text.contains("-") && !negative) {
            return Parsed.problem("Port ranges such as '" + text + "' are not supported here: publish one port per line.");
        }
        // ASCII digits only, as Docker reads them: other scripts' digits are not a port to Docker
        if (!negative && !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Parsed.problem("The " + side + " port '" + text + "' is not a number.");
        }
        if (negative || text.length() > 6 || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65535) {
            return Parsed.problem("The " + side + " port " + text + " is out of range: ports go from 1 to 65535.");
        }
        return Parsed.ok(Integer.parseInt(text));
    }

    /**
     * An IPv6 address as Docker's {@code net.ParseIP} takes it: eight groups of one to four hex
     * digits, or fewer around a single {@code ::}; the last two groups may be written as IPv4.
     */
    private static boolean isIpv6(String ip) {
        int gap = ip.indexOf("::");
        if (gap >= 0 && ip.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        List<String> groups = new ArrayList<>(groups(gap < 0 ? ip : ip.substring(0, gap)));
        groups.addAll(groups(gap < 0 ? "" : ip.substring(gap + 2)));
        int count = 0;
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            boolean lastAsIpv4 = i == groups.size() - 1 && g.contains(".") && isIpv4(g);
            if (!lastAsIpv4 && !g.matches("[0-9a-fA-F]{1,4}")) {
                return false;
            }
            count += lastAsIpv4 ? 2 : 1;
        }
        return gap < 0 ? count == 8 : count <= 7;
    }

    private static List<String> groups(String part) {
        return part.isEmpty() ? List.of() : List.of(part.split(":", -1));
    }

    private static boolean isIpv4(String ip) {
        java.util.regex.Matcher m = IPV4.matcher(ip);
        if (!m.matches()) {
            return false;
        }
        for (int g = 1; g <= 4; g++) {
            if (Integer.parseInt(m.group(g)) > 255) {
                return false;
            }
        }
        return true;
    }
}
