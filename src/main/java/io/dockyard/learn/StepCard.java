package io.dockyard.learn;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * One step of the open lesson: a mark that ticks by itself, the title, and while it is current,
 * its text, its CLI lines (selectable and copyable) and any hints.
 */
final class StepCard extends VBox {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private final Step step;
    private final Label mark = new Label();
    private final VBox details = new VBox(6);
    private final VBox hints = new VBox(4);
    private final VBox facts = new VBox(2);
    private List<Hint> shownHints = List.of();
    private List<String> shownFacts = List.of();

    StepCard(Step step, int index) {
        this.step = step;
        getStyleClass().add("learn-step");
        setId("learn-step-" + index);
        mark.getStyleClass().add("learn-step-mark");
        Label title = new Label(step.title());
        title.getStyleClass().add("learn-step-title");
        title.setWrapText(true);
        HBox head = new HBox(8, mark, title);
        head.getStyleClass().add("learn-step-head");
        Label text = new Label(step.text());
        text.setWrapText(true);
        text.getStyleClass().add("learn-step-text");
        details.getChildren().add(text);
        for (Command c : step.commands()) {
            details.getChildren().add(cliRow(c));
        }
        facts.getStyleClass().add("learn-facts");
        hints.getStyleClass().add("learn-hints");
        details.getChildren().addAll(facts, hints);
        getChildren().addAll(head, details);
    }

    /** Updates the card in place. */
    void show(boolean done, boolean current, List<Hint> visibleHints, List<String> liveFacts) {
        pseudoClassStateChanged(DONE, done);
        pseudoClassStateChanged(CURRENT, current);
        mark.setText(done ? "\u2713" : current ? "\u25B6" : "\u25CB");
        details.setVisible(current);
        details.setManaged(current);
        if (!liveFacts.equals(shownFacts)) {
            shownFacts = liveFacts;
            facts.getChildren().setAll(liveFacts.stream().map(StepCard::factLabel).toList());
            if (!liveFacts.isEmpty()) {
                Label caption = new Label("On your engine now");
                caption.getStyleClass().add("learn-facts-caption");
                facts.getChildren().add(0, caption);
            }
        }
        if (!visibleHints.equals(shownHints)) {
            shownHints = visibleHints;
            hints.getChildren().setAll(visibleHints.stream().map(StepCard::hintLabel).toList());
        }
    }

    Step step() {
        return step;
    }

    private static Label factLabel(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("learn-fact");
        return l;
    }

    private static Label hintLabel(Hint h) {
        Label l = new Label("Hint: " + h.text());
        l.setWrapText(true);
        l.getStyleClass().add("learn-hint");
        return l;
    }

    private static HBox cliRow(Command c) {
        // a wrapped label shows the whole line however long; the Copy button puts it on the clipboard
        Label line = new Label(c.cliLine());
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.getStyleClass().add("learn-cli");
        HBox.setHgrow(line, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.getStyleClass().addAll("learn-copy", "small");
        copy.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(c.cliLine());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Label kind = new Label(switch (c.kind()) {
            case DO -> "do";
            case SEE -> "look";
            case TRY -> "try, fails";
            case FAILS -> "do, fails";
        });
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        kind.getStyleClass().addAll("learn-cli-kind", "learn-cli-" + c.kind().name().toLowerCase(java.util.Locale.ROOT));
        HBox row = new HBox(6, kind, line, copy);
        row.getStyleClass().add("learn-cli-row");
        return row;
    }
}
