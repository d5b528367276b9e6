package io.dockyard.actions.ui;

import io.dockyard.intent.Intent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * Says why something was not done, with an OK button only: a gesture Dockyard refused before
 * sending (the journal notes it too), or an engine refusal worth more than a journal line.
 * The text has the id {@code notice-text}.
 */
final class Notice {
    private Notice() {
    }

    /** Journals the intent as not sent, with the reason, and shows the reason. */
    static Dialog<ButtonType> refused(ActionRunner runner, Supplier<Window> owner, Intent intent, String header,
                                      String reason) {
        runner.refuse(intent, "not sent: " + reason);
        return show(owner, header, reason);
    }

    static Dialog<ButtonType> show(Supplier<Window> owner, String header, String text) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Windows.style(dialog, owner);
        dialog.setTitle(header);
        dialog.setHeaderText(header);
        Label words = new Label(text);
        words.setId("notice-text");
        words.setWrapText(true);
        words.setPrefWidth(460);
        dialog.getDialogPane().setContent(words);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        dialog.show();
        return dialog;
    }
}
