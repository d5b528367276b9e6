package io.dockyard.app;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The window's frame: the yard in the middle, always in view, because every other part points at
 * it; a side panel on the right (inspector, lessons, the image/container comparison) picked from
 * the header; the journal below; the status bar at the bottom. It lays parts out and knows
 * nothing of Docker. It keeps room for the journal and the side panels, so that the window can
 * show with the yard alone and take the other parts as they are made, without moving the yard.
 */
public final class MainWindow extends BorderPane {
    private final StackPane side = new StackPane();
    private final StackPane journalSlot = new StackPane();
    private final Map<String, Panel> panels = new LinkedHashMap<>();
    private final ToggleGroup panelSwitch = new ToggleGroup();
    private final HBox panelButtons = new HBox();
    private final HBox tools = new HBox(8);

    /**
     * The frame around the yard (the yards of every engine shown, each with what lies over it);
     * the journal and the side panels can follow once it is on screen.
     */
    public MainWindow(Node yard, Node statusBar) {
        getStyleClass().add("main-window");
        Label title = new Label("Dockyard");
        title.getStyleClass().addAll("app-title", "title-3");
        panelButtons.getStyleClass().add("panel-switch");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        tools.setAlignment(Pos.CENTER_RIGHT);
        HBox header = new HBox(16, title, panelButtons, grow, tools);
        header.getStyleClass().add("app-header");
        header.setAlignment(Pos.CENTER_LEFT);

        StackPane center = new StackPane(yard);
        side.getStyleClass().add("side-panel");
        side.setMinWidth(320);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(side.widthProperty());
        clip.heightProperty().bind(side.heightProperty());
        side.setClip(clip);
        SplitPane sideBySide = new SplitPane(center, side);
        sideBySide.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(side, false);
        SplitPane aboveBelow = new SplitPane(sideBySide, journalSlot);
        aboveBelow.setOrientation(Orientation.VERTICAL);
        aboveBelow.setDividerPositions(0.77);
        SplitPane.setResizableWithParent(journalSlot, false);

        setTop(header);
        setCenter(aboveBelow);
        setBottom(statusBar);
    }

    /** Puts the journal in the space kept for it below the yard. */
    public void setJournal(Node journal) {
        journalSlot.getChildren().setAll(journal);
    }

    /** Adds a side panel and its button in the header. The panel is made when it is first shown. */
    public void addPanel(String name, Supplier<? extends Node> panel) {
        panels.put(name, new Panel(panel));
        ToggleButton button = new ToggleButton(name);
        button.setId("panel-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("-$", ""));
        button.setToggleGroup(panelSwitch);
        button.setOnAction(e -> showPanel(name));
        panelButtons.getChildren().add(button);
        styleSegments();
    }

    public void showPanel(String name) {
        Panel shown = panels.get(name);
        if (shown.node == null) {
            shown.node = shown.maker.get();
            StackPane.setAlignment(shown.node, Pos.TOP_CENTER);
            side.getChildren().add(shown.node);
        }
        panels.values().forEach(p -> {
            if (p.node != null) {
                p.node.setVisible(p == shown);
            }
        });
        panelSwitch.getToggles().forEach(t -> t.setSelected(((ToggleButton) t).getText().equals(name)));
    }

    /** Adds controls to the right of the header: the theme switch, the menu. */
    public void addTools(Node... nodes) {
        tools.getChildren().addAll(nodes);
    }

    public static Button toolButton(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("flat", "tool-button");
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    public static MenuButton menu(String text) {
        MenuButton m = new MenuButton(text);
        m.getStyleClass().addAll("flat", "tool-button");
        return m;
    }

    /** A side panel, made on first use. */
    private static final class Panel {
        private final Supplier<? extends Node> maker;
        private Node node;

        Panel(Supplier<? extends Node> maker) {
            this.maker = maker;
        }
    }

    private void styleSegments() {
        var buttons = panelButtons.getChildren();
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).getStyleClass().removeAll("left-pill", "center-pill", "right-pill");
            if (buttons.size() > 1) {
                buttons.get(i).getStyleClass().add(i == 0 ? "left-pill" : i == buttons.size() - 1 ? "right-pill" : "center-pill");
            }
        }
    }
}
