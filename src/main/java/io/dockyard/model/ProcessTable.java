package io.dockyard.model;

import java.util.List;

/** What {@code docker top} shows: column titles and one row per process, as the host sees them. */
public record ProcessTable(List<String> titles, List<List<String>> rows) {
    public ProcessTable {
        titles = List.copyOf(titles);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
