package io.dockyard.engine.discovery;

import java.util.List;

/**
 * What endpoint discovery found: either an {@link Endpoint} or a problem for people, never both.
 *
 * @param endpoint the winner, or null when none was found
 * @param tried    every step and socket looked at, in order
 * @param warnings things that did not stop discovery but deserve a look (ignored settings, broken config.json)
 * @param problem  empty when found; otherwise what is wrong and what to do next
 */
public record Discovery(Endpoint endpoint, List<Attempt> tried, List<String> warnings, String problem) {
    public Discovery {
        tried = List.copyOf(tried);
        warnings = List.copyOf(warnings);
        problem = problem == null ? "" : problem;
        if ((endpoint == null) == problem.isEmpty()) {
            throw new IllegalArgumentException("a discovery has either an endpoint or a problem");
        }
    }

    public boolean isFound() {
        return endpoint != null;
    }

    /** The attempts as lines, e.g. for {@code EngineState.noEngineTried}. */
    public List<String> triedLines() {
        return tried.stream().map(Attempt::describe).toList();
    }

    /** A multi-line text for people: the winner and why, or the problem; then what was tried and any warnings. */
    public String explain() {
        StringBuilder sb = new StringBuilder();
        if (isFound()) {
            sb.append("Docker engine: ").append(endpoint.host()).append(" (").append(endpoint.source()).append(")\n");
            sb.append("Why: ").append(endpoint.reason()).append('\n');
            if (endpoint.certPath() != null) {
                sb.append("TLS: ").append(endpoint.tlsVerify() ? "verified" : "not verified")
                        .append(", certificates in ").append(endpoint.certPath()).append('\n');
            }
        } else {
            sb.append("No Docker engine found.\n").append(problem).append('\n');
        }
        sb.append("Tried, in the docker CLI's order:\n");
        for (int i = 0; i < tried.size(); i++) {
            sb.append("  ").append(i + 1).append(". ").append(tried.get(i).describe()).append('\n');
        }
        if (!warnings.isEmpty()) {
            sb.append("Warnings:\n");
            warnings.forEach(w -> sb.append("  - ").append(w).append('\n'));
        }
        return sb.toString().stripTrailing();
    }
}
