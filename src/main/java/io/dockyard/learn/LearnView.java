package io.dockyard.learn;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The Learn panel: the path of lessons with progress, the open lesson's goal and steps (ticking by
 * themselves as the engine reaches them), CLI lines to copy, hints, "show me", "reset lesson" with
 * a confirmation that lists what goes, and a recap at the end. Lights up on the yard what the
 * current step is about through {@code highlight}. Lives on the FX thread; the coach it shows gets
 * its states from the store there too, and its {@link LessonCoach#tick()} from whoever shows the
 * panel, about once a second while it can be seen.
 */
public final class LearnView extends VBox {
    private final LessonCoach coach;
    private final Consumer<Set<String>> highlight;
    private final LessonPath path;
    private final Label title = new Label();
    private final Label goal = new Label();
    private final Label banner = new Label();
    private final VBox steps = new VBox(8);
    private final Button showMe = new Button("Show me");
    private final Button reset = new Button("Reset lesson\u2026");
    private final Label message = new Label();
    private final VBox confirm = new VBox(6);
    private final VBox recap = new VBox(6);
    private final VBox lessonBox = new VBox(10);
    private final List<StepCard> cards = new ArrayList<>();
    private LessonRunner shownRunner;
    private Set<String> shownHighlight = Set.of();

    public LearnView(LessonCoach coach, Consumer<Set<String>> highlight) {
        this.coach = coach;
        this.highlight = highlight;
        this.path = new LessonPath(coach.lessons(), this::open);
        createView();
        initListeners();
        render();
    }

    private void createView() {
        setId("learn");
        getStyleClass().add("learn");
        getStylesheets().add(Objects.requireNonNull(LearnView.class.getResource("learn.css")).toExternalForm());
        Label header = new Label("Learn");
        header.getStyleClass().add("learn-header");
        Label sub = new Label("Images and containers, one exercise at a time, on your own engine.");
        sub.getStyleClass().add("learn-sub");
        sub.setWrapText(true);
        title.getStyleClass().add("learn-title");
        title.setWrapText(true);
        goal.getStyleClass().add("learn-goal");
        goal.setWrapText(true);
        banner.getStyleClass().add("learn-banner");
        banner.setWrapText(true);
        message.getStyleClass().add("learn-message");
        message.setWrapText(true);
        showMe.setId("learn-show-me");
        showMe.getStyleClass().add("accent");
        reset.setId("learn-reset");
        HBox actions = new HBox(8, showMe, reset);
        actions.getStyleClass().add("learn-actions");
        confirm.setId("learn-confirm");
        confirm.getStyleClass().add("learn-confirm");
        recap.setId("learn-recap");
        recap.getStyleClass().add("learn-recap");
        lessonBox.getStyleClass().add("learn-lesson");
        lessonBox.getChildren().addAll(title, goal, banner, steps, actions, message, confirm, recap);
        VBox content = new VBox(14, path, lessonBox);
        content.getStyleClass().add("learn-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("learn-scroll");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(new VBox(2, header, sub), scroll);
    }

    private void initListeners() {
        coach.subscribe(this::render);
        showMe.setOnAction(e -> coach.showMe());
        reset.setOnAction(e -> askReset());
    }

    private void open(String lessonId) {
        coach.open(lessonId);
    }

    private void render() {
        LessonRunner runner = coach.runner().orElse(null);
        path.show(coach.progress(), coach.lesson().map(Lesson::id).orElse(""), runner == null || runner.finished()
                ? "" : "step " + (runner.stepIndex() + 1) + " of " + runner.lesson().steps().size());
        lessonBox.setVisible(runner != null);
        lessonBox.setManaged(runner != null);
        if (runner == null) {
            publishHighlight(Set.of());
            return;
        }
        if (runner != shownRunner) {
            rebuild(runner);
        }
        List<Hint> hints = runner.visibleHints();
        for (int i = 0; i < cards.size(); i++) {
            boolean done = runner.finished() || i < runner.stepIndex();
            boolean current = !runner.finished() && i == runner.stepIndex();
            cards.get(i).show(done, current, current ? hints : List.of(),
                    current ? LiveFacts.lines(runner.state(), cards.get(i).step().highlight()) : List.of());
        }
        String problem = !coach.setupProblem().isEmpty() && runner.lesson().id().equals(Lessons.IMAGE)
                ? coach.setupProblem() : coach.missingRequirement();
        show(banner, problem);
        show(message, coach.message());
        showMe.setDisable(coach.busy() || runner.finished() || !coach.ready());
        reset.setDisable(coach.busy());
        showMe.setText(coach.busy() ? "Working\u2026" : "Show me");
        recap.setVisible(runner.finished());
        recap.setManaged(runner.finished());
        publishHighlight(coach.highlightIds());
    }

    private void rebuild(LessonRunner runner) {
        shownRunner = runner;
        Lesson lesson = runner.lesson();
        title.setText(lesson.title());
        goal.setText(lesson.goal());
        cards.clear();
        for (int i = 0; i < lesson.steps().size(); i++) {
            cards.add(new StepCard(lesson.steps().get(i), i));
        }
        steps.getChildren().setAll(cards);
        hideConfirm();
        buildRecap(lesson);
    }

    private void buildRecap(Lesson lesson) {
        ComparisonRow row = lesson.recap().row();
        Label head = new Label("Recap \u00B7 " + row.property());
        head.getStyleClass().add("learn-recap-title");
        GridPane table = new GridPane();
        table.getStyleClass().add("learn-recap-table");
        table.addRow(0, cell("Image", "learn-recap-key"), cell(row.image(), "learn-recap-image"));
        table.addRow(1, cell("Container", "learn-recap-key"), cell(row.container(), "learn-recap-container"));
        Label text = new Label(lesson.recap().text());
        text.setWrapText(true);
        recap.getChildren().setAll(head, table, text);
        nextLesson(lesson).ifPresent(next -> {
            Button go = new Button("Next: " + next.title());
            go.setId("learn-next");
            go.setOnAction(e -> open(next.id()));
            recap.getChildren().add(go);
        });
    }

    private java.util.Optional<Lesson> nextLesson(Lesson lesson) {
        List<Lesson> all = coach.lessons();
        int at = all.indexOf(lesson);
        return at >= 0 && at + 1 < all.size() ? java.util.Optional.of(all.get(at + 1)) : java.util.Optional.empty();
    }

    private void askReset() {
        ResetPlan plan = coach.resetPlan();
        Label head = new Label(plan.isEmpty() ? "This lesson has made nothing yet; resetting only starts it over."
                : "Reset removes what this lesson made, and nothing else:");
        head.setWrapText(true);
        confirm.getChildren().setAll(head);
        for (String line : plan.descriptions()) {
            Label item = new Label("\u2022 " + line);
            item.getStyleClass().add("learn-confirm-item");
            confirm.getChildren().add(item);
        }
        Button yes = new Button(plan.isEmpty() ? "Start over" : "Remove them");
        yes.setId("learn-reset-confirm");
        yes.getStyleClass().add("danger");
        yes.setOnAction(e -> {
            hideConfirm();
            coach.reset(plan);
        });
        Button no = new Button("Cancel");
        no.setOnAction(e -> hideConfirm());
        confirm.getChildren().add(new HBox(8, yes, no));
        confirm.setVisible(true);
        confirm.setManaged(true);
    }

    private void hideConfirm() {
        confirm.getChildren().clear();
        confirm.setVisible(false);
        confirm.setManaged(false);
    }

    private void publishHighlight(Set<String> ids) {
        if (!ids.equals(shownHighlight)) {
            shownHighlight = Set.copyOf(ids);
            highlight.accept(shownHighlight);
        }
    }

    private static Label cell(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
