package io.dockyard.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@Timeout(30)
class AboutDialogTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void everyIconSizeLoadsAtItsSize() throws Exception {
        List<Image> icons = WaitForAsyncUtils.asyncFx(AppIcons::all).get(10, TimeUnit.SECONDS);

        assertEquals(AppIcons.SIZES.size(), icons.size());
        for (int i = 0; i < icons.size(); i++) {
            Image icon = icons.get(i);
            assertTrue(!icon.isError(), "icon " + AppIcons.SIZES.get(i) + " failed: " + icon.getException());
            assertEquals(AppIcons.SIZES.get(i).doubleValue(), icon.getWidth());
            assertEquals(AppIcons.SIZES.get(i).doubleValue(), icon.getHeight());
        }
        assertEquals(128.0, AppIcons.atLeast(100).getWidth());
        assertEquals(256.0, AppIcons.atLeast(1000).getWidth());
    }

    @Test
    void factsNameTheEngineOrSayNoneIsConnected() {
        AboutDialog.Facts connected = new AboutDialog(() -> "20.10.24").facts();
        AboutDialog.Facts none = new AboutDialog(() -> "").facts();

        assertEquals("20.10.24", connected.engine());
        assertEquals("not connected", none.engine());
        assertTrue(connected.java().startsWith(System.getProperty("java.runtime.version")), connected.java());
        // tests run from target/classes, where no jar metadata exists
        assertEquals("development build", connected.appVersion());
    }

    @Test
    void contentShowsVersionsAndWhatDockyardIs() throws Exception {
        AboutDialog.Facts facts = new AboutDialog.Facts("1.2.3", "17.0.15 · OpenJDK", "21.0.11", "20.10.24");

        String text = WaitForAsyncUtils.asyncFx(() -> labels(AboutDialog.content(facts))).get(10, TimeUnit.SECONDS);

        for (String expected : List.of("Dockyard", "Version 1.2.3", "Docker engine", "20.10.24",
                "17.0.15 · OpenJDK", "21.0.11", "blueprint")) {
            assertTrue(text.contains(expected), () -> expected + " missing from: " + text);
        }
    }

    @Test
    void keysAreNotCutShortWhenAValueWraps() throws Exception {
        AboutDialog.Facts facts = new AboutDialog.Facts("1.2.3",
                "17.0.15+6-Debian-1deb12u1 · OpenJDK 64-Bit Server VM (Debian) and then some more words", "21.0.11",
                "20.10.24+dfsg1 (API 1.41)");

        List<Label> cut = WaitForAsyncUtils.asyncFx(() -> {
            Parent content = (Parent) AboutDialog.content(facts);
            new Scene(new StackPane(content), 560, 400);
            content.applyCss();
            content.layout();
            return content.lookupAll(".about-key").stream().map(Label.class::cast)
                    .filter(k -> k.getWidth() < k.prefWidth(-1) - 0.5).collect(Collectors.toList());
        }).get(10, TimeUnit.SECONDS);

        assertEquals(List.of(), cut.stream().map(Label::getText).collect(Collectors.toList()));
    }

    private static String labels(Node node) {
        if (node instanceof Label label) {
            return label.getText();
        }
        if (node instanceof Parent parent) {
            return parent.getChildrenUnmodifiable().stream().map(AboutDialogTest::labels)
                    .collect(Collectors.joining("\n"));
        }
        return "";
    }
}
