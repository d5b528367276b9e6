package io.dockyard.testing;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Reads a live window's scene from a test, on the FX thread, which is changing it. */
public final class FxScene {
    private final FxRobot robot;

    public FxScene(FxRobot robot) {
        this.robot = robot;
    }

    /** Runs the read on the FX thread (directly when already there) and waits up to 10 s for it. */
    public static <T> T onFx(Callable<T> read) {
        try {
            if (Platform.isFxApplicationThread()) {
                return read.call();
            }
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the scene", e);
        }
    }

    /** The first node the query finds; call on the FX thread, or through {@link #onFx}. */
    public Optional<Node> find(String query) {
        return robot.lookup(query).tryQuery();
    }

    public boolean present(String query) {
        return onFx(() -> find(query).isPresent());
    }

    public boolean visible(String query) {
        return onFx(() -> find(query).map(n -> n.isVisible() && n.getScene() != null).orElse(false));
    }

    /** The label's text, or empty when there is no such node. */
    public String text(String query) {
        return onFx(() -> find(query).map(n -> ((Label) n).getText()).orElse(""));
    }
}
