package io.dockyard.app;

import io.dockyard.model.EngineState;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Shown instead of the yard while no engine answers: what went wrong, where Dockyard looked,
 * and how to start Docker. The feed keeps trying in the background; this page goes away by
 * itself once an engine answers.
 */
public final class NoEngineView extends VBox {
    private final Label reason = new Label();
    private final VBox tried = new VBox(4);

    public NoEngineView() {
        setId("no-engine");
        getStyleClass().add("no-engine");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        Label title = new Label("No Docker engine answers");
        title.getStyleClass().add("title-2");
        reason.setWrapText(true);
        reason.setId("no-engine-reason");
        Label triedTitle = new Label("Where Dockyard looked");
        triedTitle.getStyleClass().add("title-4");
        Label howTitle = new Label("How to start Docker");
        howTitle.getStyleClass().add("title-4");
        VBox how = new VBox(4,
                hint("Linux:  sudo systemctl start docker   (or run dockerd yourself)"),
                hint("Rootless Docker:  systemctl --user start docker"),
                hint("Docker Desktop (macOS, Windows, Linux):  open Docker Desktop and wait for it to say it is running"),
                hint("Colima:  colima start        Podman:  systemctl --user start podman.socket"),
                hint("Another engine:  start Dockyard with --host URI, or set DOCKER_HOST"));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        HBox retrying = new HBox(8, spinner, new Label("Trying again every few seconds — this page closes by itself "
                + "when an engine answers."));
        retrying.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, reason, triedTitle, tried, howTitle, how, retrying);
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("monospace-hint");
        l.setWrapText(true);
        return l;
    }

    public void show(EngineState state) {
        reason.setText(state.connection().detail());
        tried.getChildren().setAll(state.noEngineTried().stream().map(t -> {
            Label l = new Label("• " + t);
            l.setWrapText(true);
            return l;
        }).toList());
    }
}
