package io.dockyard.yard;

import javafx.css.PseudoClass;

import java.util.Locale;
import java.util.Set;

/**
 * Marks on the yard's nodes that are not their state: dimmed by the filter, lit by a highlight
 * (one that stands, or one shown only while something points at the yard), selected.
 */
final class YardMarks {
    private final YardView view;
    private final YardScene scene;
    private final YardViewModel model;
    private boolean filtering;
    /** The highlight that stands (lesson, refusal), and whether something points at the yard over it. */
    private Highlight standing = Highlight.NONE;
    private boolean pointing;

    YardMarks(YardView view, YardScene scene, YardViewModel model) {
        this.view = view;
        this.scene = scene;
        this.model = model;
    }

    void stand(Highlight h) {
        standing = h;
        if (!pointing) {
            model.highlight(h);
        }
    }

    void pointAt(Highlight h) {
        pointing = true;
        model.highlight(h);
    }

    void stopPointing() {
        pointing = false;
        model.highlight(standing);
    }

    /** Moves the {@code :selected} mark from one selection's node to the next one's. */
    void select(Selection was, Selection now) {
        for (Selection s : new Selection[] {was, now}) {
            YardNode n = s == null ? null : scene.nodeById(s.id());
            if (n != null) {
                n.setSelected(s == now);
            }
        }
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
        for (YardNode n : scene.nodes.values()) {
            if (n instanceof InstanceNode i) {
                i.pseudoClassStateChanged(YardChrome.DIMMED, !empty && !model.matches(i.container()));
            } else if (n instanceof BlueprintNode b) {
                b.pseudoClassStateChanged(YardChrome.DIMMED, !empty && !model.matches(b.image()));
            } else if (n instanceof ServiceNode v && v.service() != null) {
                v.pseudoClassStateChanged(YardChrome.DIMMED, !empty && !model.matchesSwarm(v.service().id(),
                        v.service().name(), v.service().image()));
            } else if (n instanceof TaskNode t && t.task() != null) {
                t.pseudoClassStateChanged(YardChrome.DIMMED, !empty && !model.matchesSwarm(t.task().id(),
                        t.slotName(), t.task().image(), t.task().currentState().word()));
            }
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
        YardNode n = scene.nodeById(id);
        if (n != null) {
            n.setHighlighted(on);
        }
        LinkLine l = scene.imageLinks.get(id);
        if (l != null && withLink) {
            l.setHighlighted(on);
        }
    }
}
