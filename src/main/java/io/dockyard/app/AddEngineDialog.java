package io.dockyard.app;

import io.dockyard.engine.EndpointChoice;
import io.dockyard.engine.EngineCatalog;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;

/**
 * "Add an engine…": an address typed by hand (a socket path, {@code tcp://} with or without a
 * certificate folder, {@code ssh://user@host}). The address is checked off the FX thread (a socket
 * path and a certificate folder are looked at on disk); a wrong one keeps the dialog open and says
 * what a right one looks like.
 */
final class AddEngineDialog {
    private AddEngineDialog() {
    }

    /**
     * @param checks  where the address is checked (not the FX thread)
     * @param frames  the FX thread
     * @param onAdded the checked address and certificate folder (empty for none)
     */
    static Dialog<ButtonType> open(Window owner, Executor checks, Executor frames, BiConsumer<String, String> onAdded) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add an engine");
        dialog.setHeaderText("Show another Docker engine beside this one");
        ButtonType add = new ButtonType("Add", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        TextField address = new TextField();
        address.setId("add-engine-address");
        address.setPromptText("ssh://me@build-server   tcp://10.0.0.5:2376   /run/user/1000/docker.sock");
        TextField certs = new TextField();
        certs.setId("add-engine-certs");
        certs.setPromptText("for tcp:// with TLS: the folder with ca.pem, cert.pem and key.pem");
        Label problem = new Label();
        problem.setId("add-engine-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(520);
        Label help = new Label("Docker contexts (docker context create) appear in the Engines menu by themselves.");
        help.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, new Label("Address"), address, new Label("Certificate folder (optional)"),
                certs, problem, help));
        Button addButton = (Button) dialog.getDialogPane().lookupButton(add);
        addButton.setId("add-engine-add");
        addButton.disableProperty().bind(address.textProperty().isEmpty());
        addButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closes only once the address has been checked
            String typed = address.getText().trim();
            String folder = certs.getText().trim();
            addButton.disableProperty().unbind();
            addButton.setDisable(true);
            problem.setText("Checking " + typed + "…");
            CompletableFuture.supplyAsync(() -> EngineCatalog.typed(typed, folder), checks)
                    .whenComplete((choice, failure) -> frames.execute(() -> {
                        addButton.disableProperty().bind(address.textProperty().isEmpty());
                        String trouble = failure != null ? String.valueOf(failure.getMessage()) : words(choice);
                        if (trouble.isEmpty()) {
                            onAdded.accept(typed, folder);
                            dialog.close();
                        } else {
                            problem.setText(trouble);
                        }
                    }));
        });
        dialog.show();
        address.requestFocus();
        return dialog;
    }

    private static String words(EndpointChoice choice) {
        return choice.isFound() ? "" : choice.problem();
    }
}
