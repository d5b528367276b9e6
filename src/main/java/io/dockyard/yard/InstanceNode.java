package io.dockyard.yard;

import io.dockyard.model.ContainerInstance;
import io.dockyard.model.ContainerState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.PortBinding;
import io.dockyard.model.StatusText;
import io.dockyard.text.ByteSize;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.layout.Region;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A container drawn as a live instance of its blueprint: name, state, status, PID, ports, its own
 * writable layer on top of a strip of the image's shared layers. Style class {@code instance},
 * id {@code container-<12 hex>}, exactly one state pseudo-class of {@code :created :running
 * :paused :restarting :exited :dead}. A container being removed ({@code removing}) shows as
 * {@code :exited} (its process is gone) and carries the extra pseudo-class {@code :removing}.
 */
public final class InstanceNode extends YardNode {
    private static final Map<ContainerState, PseudoClass> STATE_CLASSES = new EnumMap<>(ContainerState.class);
    static final PseudoClass REMOVING = PseudoClass.getPseudoClass("removing");

    static {
        for (ContainerState s : ContainerState.values()) {
            ContainerState shown = s == ContainerState.REMOVING ? ContainerState.EXITED : s;
            STATE_CLASSES.put(s, PseudoClass.getPseudoClass(shown.engineName()));
        }
    }

    private final Region glyph = new Region();
    /** Built the first time the instance is drawn in full. */
    private InstanceCard card;
    private ContainerInstance container;
    private ImageBlueprint image;
    private Instant lastSeen = Instant.EPOCH;

    public InstanceNode(io.dockyard.model.ObjectRef ref) {
        super(ref, ref.id(), YardLayout.INSTANCE_W, YardLayout.INSTANCE_H);
        getStyleClass().add("instance");
        setId(YardIds.of(ref));
        glyph.getStyleClass().add("state-glyph");
        startAsOutline();
    }

    @Override
    protected Node detail() {
        return card();
    }

    private InstanceCard card() {
        if (card == null) {
            card = new InstanceCard(glyph);
            if (container != null) {
                card.show(container, image, lastSeen);
            }
        }
        return card;
    }

    public ContainerInstance container() {
        return container;
    }

    /** The state glyph: it pulses while running and spins while restarting. */
    public Region glyph() {
        return glyph;
    }

    /** The writable layer bar, which the difference panel points at. */
    public Node writableLayer() {
        return card().writableLayer();
    }

    /**
     * Shows the container as it is now. Returns the state it showed before, or null for the first
     * call, so the view can pick the transition to animate.
     */
    public ContainerState update(ContainerInstance next, ImageBlueprint ofImage, Instant now) {
        ContainerState before = container == null ? null : container.state();
        if (before != next.state()) {
            if (before != null) {
                pseudoClassStateChanged(STATE_CLASSES.get(before), false);
            }
            pseudoClassStateChanged(STATE_CLASSES.get(next.state()), true);
            pseudoClassStateChanged(REMOVING, next.state() == ContainerState.REMOVING);
        }
        container = next;
        image = ofImage;
        lastSeen = now;
        setSummary(next.name());
        if (card != null) {
            card.show(next, ofImage, now);
        }
        return before;
    }

    /** Refreshes the clock-driven status text ("Up 3 minutes"). */
    public void tick(Instant now) {
        lastSeen = now;
        if (container != null && card != null) {
            card.tick(container, now);
        }
    }

    static String stateWords(ContainerInstance c) {
        return switch (c.state()) {
            case EXITED -> "exited (" + c.exitCode() + ")";
            case RESTARTING -> "restarting";
            case REMOVING -> "removing";
            default -> c.state().engineName();
        };
    }

    static String statusText(ContainerInstance c, Instant now) {
        boolean clockKnows = switch (c.state()) {
            case RUNNING, PAUSED -> c.started() != null;
            case EXITED, RESTARTING -> c.finished() != null;
            default -> true;
        };
        String words = clockKnows ? StatusText.describe(c, now) : c.status();
        return switch (c.state()) {
            case RUNNING, RESTARTING -> c.pid() > 0 ? words + " · PID " + c.pid() : words;
            case PAUSED -> words + (c.pid() > 0 ? " · PID " + c.pid() + " frozen" : "");
            case EXITED, DEAD, REMOVING -> words + " · no process";
            case CREATED -> words + " · never started";
        };
    }

    static String portsText(ContainerInstance c) {
        List<PortBinding> published = c.ports().stream().filter(PortBinding::isPublished).toList();
        if (c.state() == ContainerState.EXITED || c.state() == ContainerState.CREATED) {
            return "docker start " + c.name() + (c.state() == ContainerState.EXITED ? " brings it back" : " runs it");
        }
        if (published.isEmpty()) {
            return c.ports().isEmpty() ? "no published ports" : "exposes " + c.ports().get(0) + ", not published";
        }
        return published.stream().map(p -> p.toString().replace("->", "→")).distinct()
                .collect(Collectors.joining("  "));
    }

    static String writableText(ContainerInstance c) {
        String size = c.hasWritableSize() ? ByteSize.human(c.writableSize()) : "size not measured";
        return c.state().hasProcess() ? "WRITABLE LAYER · " + size : "WRITABLE LAYER kept until removed · " + size;
    }
}
