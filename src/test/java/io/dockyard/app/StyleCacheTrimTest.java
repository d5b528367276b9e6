package io.dockyard.app;

import io.dockyard.model.EngineEvent;
import io.dockyard.model.EngineEvent.ContainerAction;
import io.dockyard.model.EngineEvent.ContainerChanged;
import io.dockyard.model.EngineEvent.Removed;
import io.dockyard.model.Kind;
import io.dockyard.testing.Await;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.dockyard.testing.FxScene.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The window's CSS cache is dropped after enough objects went, without losing focus or a press. */
@Timeout(60)
class StyleCacheTrimTest {
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    private static List<EngineEvent> destroyed(int count) {
        List<EngineEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new ContainerChanged(ContainerAction.DESTROY, "c" + i, Instant.EPOCH, 0, Map.of(), null));
        }
        return events;
    }

    @Test
    void countsOnlyObjectsThatWentForGood() {
        assertEquals(1, StyleCacheTrim.goneBy(destroyed(1).get(0)));
        assertEquals(0, StyleCacheTrim.goneBy(
                new ContainerChanged(ContainerAction.STOP, "c", Instant.EPOCH, 0, Map.of(), null)));
        assertEquals(3, StyleCacheTrim.goneBy(new Removed(Instant.EPOCH, Kind.VOLUME, List.of("a", "b", "c"))));
    }

    @Test
    void afterTheLimitTheWindowMovesToAFreshRootAndKeepsItsFocus() {
        onFx(() -> {
            TextField field = new TextField();
            VBox window = new VBox(field);
            Scene scene = StyleCacheTrim.sceneFor(window, 200, 100);
            StyleCacheTrim trim = StyleCacheTrim.watch(scene, window, 10);
            field.requestFocus();
            Parent before = scene.getRoot();

            trim.applied(destroyed(9));
            assertSame(before, scene.getRoot(), "nine objects gone: the cache stays");
            trim.applied(destroyed(1));
            assertNotSame(before, scene.getRoot());
            assertSame(scene.getRoot(), window.getParent(), "the window is in the new root");
            assertSame(field, scene.getFocusOwner());
            assertEquals(1, trim.trims());
            return null;
        });
    }

    @Test
    void waitsWhileAButtonIsHeld() {
        onFx(() -> {
            Region window = new Region();
            Scene scene = StyleCacheTrim.sceneFor(window, 200, 100);
            StyleCacheTrim trim = StyleCacheTrim.watch(scene, window, 5);
            Event.fireEvent(window, mouse(MouseEvent.MOUSE_PRESSED));
            trim.applied(destroyed(8));
            assertEquals(0, trim.trims(), "a drag in progress is not cut short");
            Event.fireEvent(window, mouse(MouseEvent.MOUSE_RELEASED));
            assertEquals(1, trim.trims());
            return null;
        });
    }

    /** The cache lives as long as the old root: once replaced, nothing keeps that root. */
    @Test
    void theOldRootAndItsCacheCanBeCollected() {
        WeakReference<Parent> old = onFx(() -> {
            Region window = new Region();
            window.setId("instance-0123456789ab");
            Scene scene = StyleCacheTrim.sceneFor(window, 200, 100);
            scene.getRoot().applyCss();
            WeakReference<Parent> ref = new WeakReference<>(scene.getRoot());
            StyleCacheTrim.watch(scene, window, 1).applied(destroyed(1));
            scene.getRoot().applyCss();
            return ref;
        });
        io.dockyard.testing.Await.until(java.time.Duration.ofSeconds(5), () -> {
            System.gc(); // each poll asks for a collection: the old root goes at the first one that finds it unreachable
            return old.get() == null;
        }, () -> "the old root is still held after the swap");
        assertNull(old.get());
    }

    private static MouseEvent mouse(javafx.event.EventType<MouseEvent> type) {
        return new MouseEvent(type, 1, 1, 1, 1, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null);
    }
}
