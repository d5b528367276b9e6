package io.dockyard.actions.ui;

import io.dockyard.intent.NameRules;
import io.dockyard.intent.Parsed;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.NetworkRecord;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/** "Connect a container…": which container, and optional aliases; checked as it is chosen and typed. */
final class ConnectDialog {
    private ConnectDialog() {
    }

    static Dialog<ButtonType> open(NetworkActions actions, ActionRunner runner, Supplier<Window> owner,
                                   NetworkRecord network) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Windows.style(dialog, owner);
        dialog.setTitle("Connect to " + network.name());
        dialog.setHeaderText("Connect a container to network " + network.name());
        ButtonType go = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(go, ButtonType.CANCEL);
        ComboBox<ContainerInstance> container = new ComboBox<>();
        container.setId("connect-container");
        container.getItems().setAll(runner.state().containers().values().stream()
                .sorted(Comparator.comparing(ContainerInstance::name)).toList());
        container.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ContainerInstance c) {
                return c == null ? "" : ContainerActions.ref(c) + "  (" + c.state().engineName() + ")";
            }

            @Override
            public ContainerInstance fromString(String text) {
                return null;
            }
        });
        TextField aliases = new TextField();
        aliases.setId("connect-aliases");
        aliases.setPromptText("more names on this network, optional (db, cache)");
        Label problem = new Label();
        problem.setId("connect-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, container, aliases, problem));
        Button goButton = (Button) dialog.getDialogPane().lookupButton(go);
        Runnable recheck = () -> {
            String why = problem(network, container.getValue(), aliases.getText());
            problem.setText(why == null ? "" : why);
            goButton.setDisable(why != null);
        };
        container.valueProperty().addListener((o, a, b) -> recheck.run());
        aliases.textProperty().addListener((o, a, b) -> recheck.run());
        recheck.run();
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == go && problem(network, container.getValue(), aliases.getText()) == null) {
                actions.connect(container.getValue(), network, NameRules.aliases(aliases.getText()).value());
            }
        });
        dialog.show();
        return dialog;
    }

    private static String problem(NetworkRecord network, ContainerInstance container, String aliasText) {
        if (container == null) {
            return "Choose a container.";
        }
        Parsed<List<String>> aliases = NameRules.aliases(aliasText);
        if (!aliases.isOk()) {
            return aliases.problem();
        }
        return NameRules.connect(network, container, aliases.value()).problemText().orElse(null);
    }
}
