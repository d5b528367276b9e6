package io.dockyard.yard;

import javafx.css.PseudoClass;

import java.util.Locale;
import java.util.Set;

/** Marks on the yard's nodes that are not their state: dimmed by the filter, lit by a highlight. */
final class YardMarks {
    private final YardView view;
    private final YardViewModel model;
    private boolean filtering;

    YardMarks(YardView view, YardViewModel model) {
        this.view = view;
        this.model = model;
    }

    void applyFilter() {
        if (model.stateProperty().get() == null) {
            return;
        }
        String text = model.filterProperty().get();
        boolean empty = text == null || text.isBlank();
        if (empty && !filtering) {
            return; // nothing is dimmed and nothing should be
        }
        filtering = !empty;
        for (InstanceNode n : view.instances().values()) {
            n.pseudoClassStateChanged(YardChrome.DIMMED, !empty && !model.matches(n.container()));
        }
        for (BlueprintNode n : view.blueprints().values()) {
            n.pseudoClassStateChanged(YardChrome.DIMMED, !empty && !model.matches(n.image()));
        }
    }

    void applyHighlight(Highlight was, Highlight now) {
        Set<String> before = was == null ? Set.of() : was.ids();
        for (String id : before) {
            light(id, false, true);
        }
        relight(now);
        for (Highlight.Focus f : Highlight.Focus.values()) {
            view.pseudoClassStateChanged(PseudoClass.getPseudoClass(
                    "focus-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-')), !now.isEmpty() && f == now.focus());
        }
    }

    /** Lights the highlight's ids again, for nodes that were just created. */
    void relight(Highlight h) {
        boolean links = h.focus() == Highlight.Focus.NODE || h.focus() == Highlight.Focus.LINKS;
        for (String id : h.ids()) {
            light(id, true, links);
        }
    }

    private void light(String id, boolean on, boolean withLink) {
        YardNode n = view.nodeFor(id);
        if (n != null) {
            n.setHighlighted(on);
        }
        LinkLine l = view.links().get(id);
        if (l != null && withLink) {
            l.setHighlighted(on);
        }
    }
}
