package io.dockyard.motion;

import io.dockyard.concurrent.Ticker;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.skin.TextInputControlSkin;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

import java.time.Duration;
import java.time.Instant;

/**
 * Lets the caret of the focused text field stop blinking ten seconds after the last key or click,
 * as GTK does ({@code gtk-cursor-blink-timeout}); it stays lit. JavaFX blinks a caret with an
 * endless timeline, and any running timeline keeps the whole toolkit pulsing sixty times a second,
 * so a field left focused would keep an idle window busy. Any key, click or change of the field
 * sets it blinking again.
 */
public final class CaretRest {
    /** How long a caret blinks after the last sign of the user. */
    public static final Duration BLINKING = Duration.ofSeconds(10);

    private final Ticker ticker;
    private final Ticker.Beat rest;
    private final InvalidationListener changed = o -> wake();
    private TextInputControl field;
    private Instant last = Instant.MIN;

    private CaretRest(Ticker ticker) {
        this.ticker = ticker;
        this.rest = ticker.beat(this::restIfQuiet);
    }

    /** Follows the focus of {@code scene}: whichever text field has it blinks for a while, then rests. */
    public static CaretRest follow(Scene scene, Ticker ticker) {
        CaretRest r = new CaretRest(ticker);
        scene.focusOwnerProperty().addListener((o, was, now) -> r.watch(now));
        scene.addEventFilter(KeyEvent.ANY, e -> r.wake());
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> r.wake());
        r.watch(scene.getFocusOwner());
        return r;
    }

    /** True while the caret of the watched field is left blinking. */
    public boolean isBlinking() {
        return rest.isRunning();
    }

    private void watch(Node focused) {
        if (field != null) {
            field.focusedProperty().removeListener(changed);
            field.caretPositionProperty().removeListener(changed);
            field.textProperty().removeListener(changed);
        }
        field = focused instanceof TextInputControl t ? t : null;
        if (field == null) {
            rest.stop();
            return;
        }
        // focus comes back with the window, and a program may move the caret: the skin blinks again then
        field.focusedProperty().addListener(changed);
        field.caretPositionProperty().addListener(changed);
        field.textProperty().addListener(changed);
        wake();
    }

    private void wake() {
        if (field == null || !field.isFocused()) {
            rest.stop(); // an unfocused field does not blink (its window lost the focus, say)
            return;
        }
        last = ticker.clock().instant();
        animate(true);
        rest.start();
    }

    private Instant restIfQuiet(Instant now) {
        Instant until = last.plus(BLINKING);
        if (now.isBefore(until)) {
            return until;
        }
        animate(false);
        return null;
    }

    private void animate(boolean on) {
        if (field != null && field.isFocused() && field.getSkin() instanceof TextInputControlSkin<?> skin) {
            skin.setCaretAnimating(on);
        }
    }
}
