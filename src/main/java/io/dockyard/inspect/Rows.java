package io.dockyard.inspect;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** Writes the inspector's key/value rows and free sections; each value label gets the id {@code inspect-<field>}. */
final class Rows {
    private final GridPane facts;
    private final VBox extra;
    private int row;

    Rows(GridPane facts, VBox extra) {
        this.facts = facts;
        this.extra = extra;
        facts.getChildren().clear();
        extra.getChildren().clear();
    }

    Label fact(String field, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("inspector-key");
        k.setMinWidth(Label.USE_PREF_SIZE);
        Label v = new Label(value == null || value.isEmpty() ? "—" : value);
        v.setId("inspect-" + field);
        v.getStyleClass().add("inspector-value");
        v.setWrapText(true);
        if (value != null && value.length() > 40) {
            v.setTooltip(new Tooltip(value));
        }
        facts.addRow(row++, k, v);
        return v;
    }

    void section(String heading) {
        Label h = new Label(heading);
        h.getStyleClass().add("inspector-section");
        extra.getChildren().add(h);
    }

    Label line(String id, String text, String styleClass) {
        Label l = new Label(text);
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().addAll("inspector-line", styleClass);
        l.setWrapText(true);
        extra.getChildren().add(l);
        return l;
    }

    void lines(String heading, String idPrefix, List<String> items, String whenEmpty) {
        section(heading);
        if (items.isEmpty()) {
            line(null, whenEmpty, "inspector-muted");
        }
        for (int i = 0; i < items.size(); i++) {
            line(idPrefix + i, items.get(i), "inspector-mono");
        }
    }
}
