package io.dockyard.actions.ui;

import javafx.scene.control.MenuItem;

/** Menu items of the volume, network and project menus: id {@code action-<id>}, disabled rather than hidden. */
final class Items {
    private Items() {
    }

    static MenuItem item(String text, String id, boolean disabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId("action-" + id);
        item.setDisable(disabled);
        item.setOnAction(e -> action.run());
        return item;
    }
}
