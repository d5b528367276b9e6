package io.dockyard.app;

import com.sun.jna.Library;
import com.sun.jna.Native;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Chooses how JavaFX draws, before its toolkit starts. On a machine with no GPU device, OpenGL
 * would still "work": Mesa emulates it on the CPU with LLVM, and both JavaFX's GL pipeline and
 * GTK's GL probe load it. That costs about 60 MB of memory and more CPU per frame than JavaFX's
 * own software pipeline, which draws the same picture. So, where no GPU device is present, Dockyard
 * asks JavaFX for its software pipeline ({@code prism.order=sw}) and tells GTK not to load GL
 * ({@code GDK_GL=disable}). With a GPU nothing changes; a {@code prism.order} or {@code GDK_GL}
 * the user set is never overridden.
 */
final class RenderingChoice {
    /** Device nodes of a GPU: DRM render and card nodes, and NVIDIA's own. */
    private static final List<String> GPU_NODES = List.of("dri/renderD", "dri/card", "nvidia");

    /**
     * What to change: a prism order to set (or null) and whether to set {@code GDK_GL=disable}.
     *
     * @param prismOrder  the value for {@code prism.order}, or null to leave it
     * @param disableGdkGl whether to set {@code GDK_GL=disable} in the process environment
     */
    record Choice(String prismOrder, boolean disableGdkGl) {
        static final Choice NONE = new Choice(null, false);
    }

    private RenderingChoice() {
    }

    /** Decides, from whether a GPU is present and what the user already set. */
    static Choice decide(boolean gpuPresent, String prismOrder, String gdkGl) {
        if (gpuPresent || prismOrder != null) {
            return Choice.NONE;
        }
        return new Choice("sw", gdkGl == null);
    }

    /** Whether {@code dev} (normally {@code /dev}) holds a GPU device node. */
    static boolean gpuPresent(Path dev) {
        for (String node : GPU_NODES) {
            Path folder = dev.resolve(node).getParent();
            String prefix = dev.resolve(node).getFileName().toString();
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.anyMatch(p -> p.getFileName().toString().startsWith(prefix))) {
                    return true;
                }
            } catch (java.io.IOException unreadable) {
                return true;  // cannot tell: leave JavaFX to its own choice
            }
        }
        return false;
    }

    /** Applies the choice for this process; call before JavaFX starts. Linux only. */
    static void applyForThisMachine() {
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return;
        }
        apply(decide(gpuPresent(Path.of("/dev")), System.getProperty("prism.order"), System.getenv("GDK_GL")),
                System.getProperties());
    }

    static void apply(Choice choice, Properties properties) {
        if (choice.prismOrder() != null) {
            properties.setProperty("prism.order", choice.prismOrder());
        }
        if (choice.disableGdkGl()) {
            setEnvironment(Map.of("GDK_GL", "disable"));
        }
    }

    /** The C library's setenv: GTK reads GDK_GL from the process environment when it starts. */
    private interface CLibrary extends Library {
        int setenv(String name, String value, int overwrite);
    }

    private static void setEnvironment(Map<String, String> values) {
        try {
            CLibrary libc = Native.load("c", CLibrary.class);
            values.forEach((name, value) -> libc.setenv(name, value, 0));
        } catch (LinkageError | RuntimeException noNativeAccess) {
            // only memory is lost: GTK loads GL as it would have without this class
        }
    }
}
