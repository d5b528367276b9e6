package io.dockyard.app;

import io.dockyard.engine.EndpointChoice;
import io.dockyard.engine.EngineCatalog;
import io.dockyard.engine.EngineEndpoint;
import io.dockyard.engine.FollowingEngineCommands;
import io.dockyard.journal.CommandJournal;
import io.dockyard.model.EngineState;
import io.dockyard.motion.Showing;
import io.dockyard.sync.EngineStore;
import io.dockyard.yard.YardView;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * One engine on screen: its link (feed and store), its yard and region, the commands that act on
 * it and the gestures made on its yard. Every engine has its own, so that each keeps its own
 * live, exact yard, and a gesture acts on the engine whose yard it was made on.
 */
final class EngineSession implements AutoCloseable {
    /** {@code context:NAME}, {@code address:ADDRESS}, or empty for the engine Dockyard found first. */
    final String key;
    private final String label;
    final EngineLink link;
    final YardView yard;
    final EngineRegion region;
    private final FollowingEngineCommands commands;
    private HandsOn handsOn;
    /** The newest state as drawn: without intermediate build images. */
    private EngineState drawn;
    /** Whether the yard can be seen; held here, as its listeners hold it only weakly. */
    private final ObservableValue<Boolean> showing;

    /**
     * @param label   what the region's header calls the engine; null to name it from its endpoint
     * @param drawnAs the yard, or the yard with what lies over it (the first engine's no-engine page)
     * @param onHide  the region's close button; null for the first engine, which cannot be hidden
     */
    EngineSession(String key, String label, EngineLink link, YardView yard, Node drawnAs, Runnable onHide, Clock clock) {
        this.key = key;
        this.label = label;
        this.link = link;
        this.yard = yard;
        this.region = new EngineRegion(drawnAs, onHide, clock);
        // tasks have no events: they are polled, and only while someone can see them
        this.showing = Showing.of(yard);
        showing.addListener((o, was, now) -> link.pollSwarmTasks(now));
        link.pollSwarmTasks(showing.getValue());
        this.commands = new FollowingEngineCommands(link::endpoint, Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "dockyard-commands");
            t.setDaemon(true);
            return t;
        }));
    }

    boolean isFirst() {
        return key.isEmpty();
    }

    EngineStore store() {
        return link.store();
    }

    FollowingEngineCommands commands() {
        return commands;
    }

    /** Where the engine is reached, or null before one is found. */
    EngineEndpoint endpoint() {
        return link.endpoint();
    }

    /**
     * The gestures on this engine's yard, written to the shared journal; while {@code many} says
     * more than one engine is shown, each line carries the flags that reach this engine.
     */
    HandsOn handsOn(CommandJournal journal, BooleanSupplier many) {
        if (handsOn == null) {
            handsOn = new HandsOn(yard, store(), commands, link.frames(), journal, () -> {
                EngineEndpoint e = endpoint();
                return many.getAsBoolean() && e != null ? e.cliFlagText() : "";
            });
        }
        return handsOn;
    }

    HandsOn handsOn() {
        return handsOn;
    }

    /** Keeps the state the yard now draws; the region's header follows it. */
    EngineState drawn(EngineState state) {
        drawn = state.withoutIntermediates();
        region.show(drawn, endpoint(), label());
        return drawn;
    }

    /** What the engine is called on screen: its context, its address, or "this machine". */
    String label() {
        return label != null ? label : firstLabel();
    }

    /** The first engine by its context's name, or as "this machine" when it is a local socket. */
    private String firstLabel() {
        EngineEndpoint e = endpoint();
        if (e == null) {
            return "first engine";
        }
        if (e.context() != null && !e.context().isBlank()) {
            return e.context();
        }
        if (e.host().equals("unix:///var/run/docker.sock") || e.host().startsWith("npipe://")) {
            return "this machine";
        }
        return e.host().startsWith("unix://") ? e.host().substring("unix://".length()) : e.host();
    }

    /** What a region calls an engine shown by its key. */
    static String labelOf(String key) {
        if (key.startsWith("context:")) {
            return key.substring("context:".length());
        }
        String address = ShownEngines.address(key.substring("address:".length()));
        return address.startsWith("unix://") ? address.substring("unix://".length()) : address;
    }

    /**
     * Where the engine of a key is, looked up afresh on every attempt to connect: a context is read
     * again from the context store (it may have been changed or removed in a terminal), an added
     * address is checked again.
     */
    static Supplier<EndpointChoice> endpoints(String key) {
        if (key.startsWith("context:")) {
            String name = key.substring("context:".length());
            return () -> EngineCatalog.list().stream().filter(k -> k.name().equals(name)).findFirst()
                    .map(k -> k.isUsable() ? EndpointChoice.of(k.endpoint())
                            : new EndpointChoice(null, List.of("the docker context '" + name + "'"), k.problem()))
                    .orElseGet(() -> new EndpointChoice(null, List.of("the docker context '" + name + "'"),
                            "There is no docker context '" + name + "' any more. Hide this engine, or create the "
                                    + "context again with docker context create."));
        }
        String entry = key.substring("address:".length());
        return () -> EngineCatalog.typed(ShownEngines.address(entry), ShownEngines.certFolder(entry));
    }

    EngineState drawn() {
        return drawn;
    }

    /** Node ids tagged with this engine while several engines are shown, short again when it is alone. */
    void tagIds(boolean many) {
        String id = drawn == null ? "" : drawn.engine().id();
        yard.setEngineTag(many && !id.isEmpty() ? YardView.engineTag(id) : "");
    }

    @Override
    public void close() {
        commands.close();
        link.close();
    }
}
