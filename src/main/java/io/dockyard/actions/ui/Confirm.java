package io.dockyard.actions.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import java.util.function.Supplier;

/** A confirmation that names what will happen; the confirming button carries the action's name. */
final class Confirm {
    private Confirm() {
    }

    static Dialog<ButtonType> show(Supplier<Window> owner, String title, String header, Node content, String actionText,
                                   boolean dangerous, Runnable onConfirm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Windows.style(dialog, owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ButtonType go = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content);
        Button button = (Button) dialog.getDialogPane().lookupButton(go);
        button.setId("confirm-button");
        if (dangerous) {
            button.getStyleClass().add("danger");
        }
        // Cancel is the default: a stray Enter must not delete anything
        button.setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == go) {
                onConfirm.run();
            }
        });
        dialog.show();
        return dialog;
    }

    /** The dialog's confirming button, to enable it only once a condition holds. */
    static Button button(Dialog<ButtonType> dialog) {
        return (Button) dialog.getDialogPane().lookup("#confirm-button");
    }
}
