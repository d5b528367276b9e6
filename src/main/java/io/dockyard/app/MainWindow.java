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
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The window's frame: a header with the page switch, the current page beside the inspector, the
 * journal below, the status bar at the bottom. It lays parts out; it knows nothing of Docker.
 */
public final class MainWindow extends BorderPane {
    private final StackPane pages = new StackPane();
    private final Map<String, Node> pageByName = new LinkedHashMap<>();
    private final ToggleGroup pageSwitch = new ToggleGroup();
    private final HBox pageButtons = new HBox();
    private final HBox tools = new HBox(8);
    private final StackPane overlay = new StackPane();
    private final SplitPane sideBySide = new SplitPane();
    private final SplitPane aboveBelow = new SplitPane();

    public MainWindow(Node inspector, Node journal, Node statusBar) {
        getStyleClass().add("main-window");
        Label title = new Label("Dockyard");
        title.getStyleClass().addAll("app-title", "title-3");
        pageButtons.getStyleClass().add("page-switch");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        tools.setAlignment(Pos.CENTER_RIGHT);
        HBox header = new HBox(16, title, pageButtons, grow, tools);
        header.getStyleClass().add("app-header");
        header.setAlignment(Pos.CENTER_LEFT);

        overlay.setPickOnBounds(false);
        StackPane center = new StackPane(pages, overlay);
        sideBySide.getItems().addAll(center, inspector);
        sideBySide.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(inspector, false);
        aboveBelow.setOrientation(Orientation.VERTICAL);
        aboveBelow.getItems().addAll(sideBySide, journal);
        aboveBelow.setDividerPositions(0.78);
        SplitPane.setResizableWithParent(journal, false);

        setTop(header);
        setCenter(aboveBelow);
        setBottom(statusBar);
    }

    /** Adds a page to the switch in the header; the first page added is shown first. */
    public void addPage(String name, Node page) {
        pageByName.put(name, page);
        page.setVisible(pageByName.size() == 1);
        pages.getChildren().add(page);
        ToggleButton button = new ToggleButton(name);
        button.setId("page-" + name.toLowerCase().replaceAll("[^a-z]+", "-").replaceAll("-$", ""));
        button.setToggleGroup(pageSwitch);
        button.setSelected(pageByName.size() == 1);
        button.setOnAction(e -> showPage(name));
        pageButtons.getChildren().add(button);
        styleSegments();
    }

    public void showPage(String name) {
        pageByName.forEach((n, page) -> page.setVisible(n.equals(name)));
        pageSwitch.getToggles().forEach(t -> t.setSelected(((ToggleButton) t).getText().equals(name)));
    }

    /** Something laid over the pages, such as the no-engine screen. */
    public void setOverlay(Node node) {
        overlay.getChildren().setAll(node);
    }

    /** Adds controls to the right of the header: the filter field, the theme switch, the menu. */
    public void addTools(Node... nodes) {
        tools.getChildren().addAll(nodes);
    }

    public static Button toolButton(String text, String tooltip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("flat", "tool-button");
        b.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    public static MenuButton menu(String text) {
        MenuButton m = new MenuButton(text);
        m.getStyleClass().addAll("flat", "tool-button");
        return m;
    }

    private void styleSegments() {
        var buttons = pageButtons.getChildren();
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).getStyleClass().removeAll("left-pill", "center-pill", "right-pill");
            if (buttons.size() > 1) {
                buttons.get(i).getStyleClass().add(i == 0 ? "left-pill" : i == buttons.size() - 1 ? "right-pill" : "center-pill");
            }
        }
    }
}
