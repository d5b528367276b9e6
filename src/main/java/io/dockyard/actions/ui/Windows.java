package io.dockyard.actions.ui;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Makes the small windows and dialogs of the actions, styled alike and owned by the main window. */
final class Windows {
    static final String STYLESHEET = Windows.class.getResource("actions.css").toExternalForm();

    private Windows() {
    }

    static Stage stage(Supplier<Window> owner, String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        Window o = owner.get();
        if (o != null) {
            stage.initOwner(o);
        }
        stage.setTitle(title);
        Scene scene = new Scene(content, width, height);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        return stage;
    }

    /**
     * The docker command line that asks what the window shows, as a person would type it
     * ({@code $ docker top web}), in the muted monospace style.
     */
    static Label commandLine(String id, String cliLine) {
        Label cli = new Label("$ " + cliLine);
        cli.setId(id);
        cli.getStyleClass().addAll("mono", "muted");
        return cli;
    }

    static void style(javafx.scene.control.Dialog<?> dialog, Supplier<Window> owner) {
        Window o = owner.get();
        if (o != null) {
            dialog.initOwner(o);
        }
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        dialog.setResizable(true);
    }
}
