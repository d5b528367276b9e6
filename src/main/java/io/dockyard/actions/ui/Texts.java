package io.dockyard.actions.ui;

import javafx.scene.control.Label;

/** The wrapped text of a confirmation, with an id tests and people can find. */
final class Texts {
    private Texts() {
    }

    static Label paragraph(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setPrefWidth(480);
        return l;
    }
}
