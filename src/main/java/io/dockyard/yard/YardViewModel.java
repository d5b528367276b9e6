package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The yard's state apart from any control: the engine state shown, what changed since the last
 * one (by id), the selection, the filter text and the highlight. Changes only through the
 * methods in "Commands".
 */
public final class YardViewModel {
    private final ReadOnlyObjectWrapper<EngineState> state = new ReadOnlyObjectWrapper<>(this, "state");
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    private final ReadOnlyObjectWrapper<Highlight> highlight = new ReadOnlyObjectWrapper<>(this, "highlight", Highlight.NONE);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");

    /** What changed between two states, by id. */
    public record Diff(Set<String> addedImages, Set<String> removedImages, Set<String> changedImages,
                       Set<String> addedContainers, Set<String> removedContainers, Set<String> changedContainers) {
        public boolean membershipChanged() {
            return !addedImages.isEmpty() || !removedImages.isEmpty() || !addedContainers.isEmpty()
                    || !removedContainers.isEmpty();
        }

        public boolean isEmpty() {
            return !membershipChanged() && changedImages.isEmpty() && changedContainers.isEmpty();
        }
    }

    public ReadOnlyObjectProperty<EngineState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Highlight> highlightProperty() {
        return highlight.getReadOnlyProperty();
    }

    /** Filter text: matches names, tags, short ids and states; empty shows everything. */
    public StringProperty filterProperty() {
        return filter;
    }

    // Commands

    /** Takes the next state and says what changed; a selection whose item is gone is cleared. */
    public Diff accept(EngineState next) {
        EngineState before = state.get();
        Diff diff = diff(before, next);
        state.set(next);
        Selection s = selection.get();
        if (s != null && !exists(next, s)) {
            selection.set(null);
        }
        return diff;
    }

    public void select(Selection s) {
        selection.set(s == null || state.get() == null || exists(state.get(), s) ? s : null);
    }

    public void clearSelection() {
        selection.set(null);
    }

    public void highlight(Highlight h) {
        highlight.set(h == null ? Highlight.NONE : h);
    }

    // Queries

    public static Diff diff(EngineState before, EngineState after) {
        Map<String, ImageBlueprint> oldImages = before == null ? Map.of() : before.images();
        Map<String, ContainerInstance> oldContainers = before == null ? Map.of() : before.containers();
        Set<String>[] images = compare(oldImages, after.images());
        Set<String>[] containers = compare(oldContainers, after.containers());
        return new Diff(images[0], images[1], images[2], containers[0], containers[1], containers[2]);
    }

    @SuppressWarnings("unchecked")
    private static <T> Set<String>[] compare(Map<String, T> before, Map<String, T> after) {
        Set<String> added = new HashSet<>();
        Set<String> changed = new HashSet<>();
        for (Map.Entry<String, T> e : after.entrySet()) {
            T old = before.get(e.getKey());
            if (old == null) {
                added.add(e.getKey());
            } else if (old != e.getValue() && !old.equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        Set<String> removed = new HashSet<>();
        for (String id : before.keySet()) {
            if (!after.containsKey(id)) {
                removed.add(id);
            }
        }
        return new Set[] {added, removed, changed};
    }

    private static boolean exists(EngineState s, Selection sel) {
        return sel.isImage() ? s.images().containsKey(sel.id()) : s.containers().containsKey(sel.id());
    }

    /** True when the filter is empty or the container matches it by name, image, state or id. */
    public boolean matches(ContainerInstance c) {
        String f = normalisedFilter();
        return f.isEmpty() || c.name().toLowerCase(Locale.ROOT).contains(f)
                || c.imageRef().toLowerCase(Locale.ROOT).contains(f)
                || c.state().engineName().equals(f) || c.id().startsWith(f);
    }

    /** True when the filter is empty or the image matches it by tag or id. */
    public boolean matches(ImageBlueprint i) {
        String f = normalisedFilter();
        return f.isEmpty() || i.repoTags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(f))
                || i.shortId().startsWith(f) || (i.isUntagged() && "<none>".contains(f));
    }

    /**
     * True when the filter is empty or one of the words (a Swarm service's name and image, a task's
     * slot name, state and image, a node's host name) contains it, or the id starts with it.
     */
    public boolean matchesSwarm(String id, String... words) {
        String f = normalisedFilter();
        if (f.isEmpty() || id.startsWith(f)) {
            return true;
        }
        for (String w : words) {
            if (w.toLowerCase(Locale.ROOT).contains(f)) {
                return true;
            }
        }
        return false;
    }

    private String normalisedFilter() {
        return Objects.requireNonNullElse(filter.get(), "").trim().toLowerCase(Locale.ROOT);
    }
}
