package io.dockyard.engine;

import io.dockyard.engine.api.CommandFailed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the {@code -c LABEL key=value} changes of {@code docker commit} into the labels they set. */
final class CommitChanges {
    private CommitChanges() {
    }

    static Map<String, String> labels(List<String> changes) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String change : changes) {
            String[] parts = change.trim().split("\\s+", 2);
            if (!parts[0].equalsIgnoreCase("LABEL") || parts.length < 2) {
                throw new CommandFailed("Dockyard can only commit LABEL changes, not: " + change, false, null);
            }
            for (String pair : parts[1].trim().split("\\s+")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new CommandFailed("A LABEL change needs key=value, not: " + pair, false, null);
                }
                labels.put(pair.substring(0, eq), unquote(pair.substring(eq + 1)));
            }
        }
        return labels;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
