package io.dockyard.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderingChoiceTest {
    @TempDir
    Path dev;

    @Test
    void withoutAGpuJavaFxDrawsInSoftwareAndGtkLoadsNoGl() {
        RenderingChoice.Choice choice = RenderingChoice.decide(false, null, null);
        assertEquals("sw", choice.prismOrder());
        assertTrue(choice.disableGdkGl());
    }

    @Test
    void withAGpuNothingChanges() {
        assertEquals(RenderingChoice.Choice.NONE, RenderingChoice.decide(true, null, null));
    }

    @Test
    void whatTheUserSetIsKept() {
        assertEquals(RenderingChoice.Choice.NONE, RenderingChoice.decide(false, "es2", null));
        RenderingChoice.Choice choice = RenderingChoice.decide(false, null, "always");
        assertEquals("sw", choice.prismOrder());
        assertFalse(choice.disableGdkGl());
    }

    @Test
    void aRenderNodeOrACardOrAnNvidiaDeviceIsAGpu() throws IOException {
        assertFalse(RenderingChoice.gpuPresent(dev));
        Files.createDirectories(dev.resolve("dri"));
        assertFalse(RenderingChoice.gpuPresent(dev), "an empty dri folder is no GPU");
        Files.createFile(dev.resolve("dri/renderD128"));
        assertTrue(RenderingChoice.gpuPresent(dev));
    }

    @Test
    void anNvidiaDeviceIsAGpu() throws IOException {
        Files.createFile(dev.resolve("nvidiactl"));
        assertTrue(RenderingChoice.gpuPresent(dev));
    }

    @Test
    void theChoiceSetsThePrismOrder() {
        Properties properties = new Properties();
        RenderingChoice.apply(new RenderingChoice.Choice("sw", false), properties);
        assertEquals("sw", properties.getProperty("prism.order"));
        Properties untouched = new Properties();
        RenderingChoice.apply(RenderingChoice.Choice.NONE, untouched);
        assertNull(untouched.getProperty("prism.order"));
    }
}
