package io.dockyard.engine;

import java.util.List;

/**
 * The outcome of looking for an engine: an endpoint, or the reason there is none.
 *
 * @param endpoint the chosen endpoint, or null
 * @param tried    every place looked at, in words, for the no-engine screen
 * @param problem  what is wrong and what to do, empty when an endpoint was found
 */
public record EndpointChoice(EngineEndpoint endpoint, List<String> tried, String problem) {
    public EndpointChoice {
        tried = List.copyOf(tried);
        problem = problem == null ? "" : problem;
    }

    public static EndpointChoice of(EngineEndpoint endpoint) {
        return new EndpointChoice(endpoint, List.of(), "");
    }

    public boolean isFound() {
        return endpoint != null;
    }
}
