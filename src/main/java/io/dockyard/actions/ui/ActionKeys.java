package io.dockyard.actions.ui;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.function.Supplier;

/** Keyboard shortcuts for the selected instance. The context menu shows the same keys. */
public final class ActionKeys {
    public static final KeyCombination START = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination STOP = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination RESTART = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    /** Pauses a running instance, unpauses a paused one. */
    public static final KeyCombination PAUSE = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination KILL = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination LOGS = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination CHANGES = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination EXEC = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination RENAME = new KeyCodeCombination(KeyCode.F2);
    public static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE);

    private ActionKeys() {
    }

    /**
     * Listens on {@code target} (the yard, or the whole scene's root) and acts on the selected instance.
     *
     * @param selected the selected instance, or null when none is selected
     */
    public static void install(Node target, Supplier<ContainerInstance> selected, ContainerActions actions) {
        target.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            ContainerInstance c = selected.get();
            if (c != null && handle(e, c, actions)) {
                e.consume();
            }
        });
    }

    static boolean handle(KeyEvent e, ContainerInstance c, ContainerActions a) {
        if (START.match(e)) {
            a.start(c);
        } else if (STOP.match(e)) {
            a.stop(c);
        } else if (RESTART.match(e)) {
            a.restart(c);
        } else if (PAUSE.match(e)) {
            if (c.state() == ContainerState.PAUSED) {
                a.unpause(c);
            } else {
                a.pause(c);
            }
        } else if (KILL.match(e)) {
            a.kill(c);
        } else if (LOGS.match(e)) {
            a.logs(c);
        } else if (CHANGES.match(e)) {
            a.changes(c);
        } else if (EXEC.match(e)) {
            a.exec(c);
        } else if (RENAME.match(e)) {
            a.rename(c);
        } else if (REMOVE.match(e)) {
            a.remove(c);
        } else {
            return false;
        }
        return true;
    }
}
