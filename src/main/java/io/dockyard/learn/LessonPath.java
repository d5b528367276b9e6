package io.dockyard.learn;

import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The path of lessons: one row per lesson, ticked when done, marked when open, with overall progress. */
final class LessonPath extends VBox {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private final Map<String, Button> rows = new LinkedHashMap<>();
    private final Map<String, Label> marks = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label count = new Label();

    LessonPath(List<Lesson> lessons, Consumer<String> open) {
        getStyleClass().add("learn-path");
        setId("learn-path");
        HBox summary = new HBox(8, bar, count);
        summary.getStyleClass().add("learn-path-summary");
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.setMaxWidth(Double.MAX_VALUE);
        getChildren().add(summary);
        int n = 1;
        for (Lesson lesson : lessons) {
            Label mark = new Label(String.valueOf(n++));
            mark.getStyleClass().add("learn-path-mark");
            Button row = new Button(lesson.title(), mark);
            row.getStyleClass().addAll("learn-path-row", "flat");
            row.setId("learn-lesson-" + lesson.id());
            row.setMaxWidth(Double.MAX_VALUE);
            row.setOnAction(e -> open.accept(lesson.id()));
            rows.put(lesson.id(), row);
            titles.put(lesson.id(), lesson.title());
            marks.put(lesson.id(), mark);
            getChildren().add(row);
        }
    }

    /** @param openStep "step 3 of 5" for the open lesson, or empty */
    void show(LessonProgress progress, String openId, String openStep) {
        int n = 1;
        for (Map.Entry<String, Button> e : rows.entrySet()) {
            boolean done = progress.completed().contains(e.getKey());
            e.getValue().pseudoClassStateChanged(DONE, done);
            e.getValue().pseudoClassStateChanged(CURRENT, e.getKey().equals(openId));
            marks.get(e.getKey()).setText(done ? "\u2713" : String.valueOf(n));
            boolean open = e.getKey().equals(openId) && !openStep.isEmpty();
            e.getValue().setText(titles.get(e.getKey()) + (open ? "  \u00B7  " + openStep : ""));
            n++;
        }
        long done = rows.keySet().stream().filter(progress.completed()::contains).count();
        bar.setProgress(rows.isEmpty() ? 0 : (double) done / rows.size());
        count.setText(done + " of " + rows.size() + " done");
    }
}
