package io.dockyard.learn;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.PortBinding;
import io.dockyard.text.ByteSize;

import java.util.ArrayList;
import java.util.List;

/**
 * One line per thing a step is about, as the engine has it now: an image's id and size, a
 * container's state, PID, ports and writable layer. Shown under the current step so the
 * learner sees the differences the step talks about on their own objects.
 */
public final class LiveFacts {
    private LiveFacts() {
    }

    public static List<String> lines(EngineState state, List<String> refs) {
        List<String> out = new ArrayList<>();
        for (String ref : refs) {
            state.containers().values().stream().filter(c -> c.name().equals(ref)).findFirst()
                    .ifPresentOrElse(c -> out.add(container(c, state)),
                            () -> Checks.tagged(state, ref).ifPresent(i -> out.add(image(ref, i, state))));
        }
        return out;
    }

    static String image(String tag, ImageBlueprint i, EngineState state) {
        int users = state.containersOf(i.id()).size();
        return "image " + tag + " \u00B7 " + i.shortId() + " \u00B7 " + ByteSize.human(i.size()) + " in "
                + i.fileLayers().size() + " read-only layer" + (i.fileLayers().size() == 1 ? "" : "s")
                + " \u00B7 " + users + " container" + (users == 1 ? "" : "s");
    }

    static String container(ContainerInstance c, EngineState state) {
        StringBuilder b = new StringBuilder("container ").append(c.name()).append(" \u00B7 ")
                .append(c.state().engineName());
        b.append(c.pid() > 0 ? " \u00B7 PID " + c.pid() : " \u00B7 no process");
        c.ports().stream().filter(PortBinding::isPublished).findFirst()
                .ifPresent(p -> b.append(" \u00B7 port ").append(p.hostPort()).append("\u2192").append(p.containerPort()));
        if (c.hasWritableSize()) {
            b.append(" \u00B7 writable layer ").append(ByteSize.human(c.writableSize()));
        }
        state.image(c.imageId()).ifPresent(i -> b.append(" \u00B7 from ").append(i.displayName()));
        return b.toString();
    }
}
