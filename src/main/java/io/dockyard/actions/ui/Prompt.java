package io.dockyard.actions.ui;

import io.dockyard.intent.Parsed;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** A one-field dialog that checks the input as it is typed and only accepts what passes. */
final class Prompt {
    private Prompt() {
    }

    /**
     * Shows the dialog without blocking; {@code onAccept} gets the checked value.
     *
     * @param actionText label of the confirming button ("Rename", "Tag" …)
     */
    static <T> Dialog<ButtonType> ask(Supplier<Window> owner, String title, String explanation, String initial,
                                      String actionText, Function<String, Parsed<T>> check, Consumer<T> onAccept) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Windows.style(dialog, owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType go = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        TextField field = new TextField(initial);
        field.setId("prompt-field");
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        Label help = new Label(explanation);
        help.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, help, field, problem));
        Button goButton = (Button) dialog.getDialogPane().lookupButton(go);
        Runnable recheck = () -> {
            Parsed<T> parsed = check.apply(field.getText());
            problem.setText(parsed.isOk() ? "" : parsed.problem());
            goButton.setDisable(!parsed.isOk());
        };
        field.textProperty().addListener((o, a, b) -> recheck.run());
        recheck.run();
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == go) {
                Parsed<T> parsed = check.apply(field.getText());
                if (parsed.isOk()) {
                    onAccept.accept(parsed.value());
                }
            }
        });
        dialog.show();
        field.requestFocus();
        return dialog;
    }
}
