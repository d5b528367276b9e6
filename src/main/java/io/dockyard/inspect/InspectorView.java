package io.dockyard.inspect;

import io.dockyard.model.ComposeProject;
import io.dockyard.model.ContainerInstance;
import io.dockyard.model.EngineState;
import io.dockyard.model.ImageBlueprint;
import io.dockyard.model.Layer;
import io.dockyard.model.NetworkRecord;
import io.dockyard.model.ObjectRef;
import io.dockyard.model.ProjectRef;
import io.dockyard.model.Relations;
import io.dockyard.model.SwarmNode;
import io.dockyard.model.SwarmService;
import io.dockyard.model.SwarmTask;
import io.dockyard.model.Target;
import io.dockyard.model.VolumeRecord;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The inspector (id {@code inspector}): everything about the selected {@link Target} (an image,
 * container, volume, network, compose project, Swarm node, service or task), kept current by {@link #show(EngineState)}.
 * Select with {@link #select(Target)} (or {@link #select(String)} with an image's or container's
 * id) and call {@code show(state)} with each state. Each value label has the id {@code inspect-<field>}
 * ({@code inspect-pid}, {@code inspect-state} …) so tests and people can find it.
 */
public final class InspectorView extends ScrollPane {
    /**
     * What is being inspected, handed to the action bar factory.
     *
     * @param state     the engine state it comes from
     * @param image     the image, or the container's image (null when gone)
     * @param container the container, or null when an image is inspected
     */
    public record Subject(EngineState state, ImageBlueprint image, ContainerInstance container) {
        public boolean isContainer() {
            return container != null;
        }
    }

    private final Clock clock;
    private final VBox body = new VBox();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final StackPane actions = new StackPane();
    private final GridPane facts = new GridPane();
    private final VBox extra = new VBox();
    private final Label empty = new Label("Click a blueprint or an instance on the yard to see what it is made of.");
    private Function<Subject, Node> actionFactory = s -> null;
    private EngineState state;
    private Target selected;
    private String selectedId;
    private Object shown;

    public InspectorView(Clock clock) {
        this.clock = clock;
        createView();
    }

    public InspectorView() {
        this(Clock.systemUTC());
    }

    private void createView() {
        setId("inspector");
        getStyleClass().add("inspector");
        getStylesheets().add(InspectorView.class.getResource("inspect.css").toExternalForm());
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(360);
        setMinWidth(280);
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.setWrapText(true);
        empty.getStyleClass().add("inspector-empty");
        empty.setWrapText(true);
        actions.getStyleClass().add("inspector-actions");
        facts.getStyleClass().add("inspector-facts");
        facts.setHgap(14);
        facts.setVgap(7);
        extra.getStyleClass().add("inspector-extra");
        extra.setSpacing(4);
        body.getStyleClass().add("inspector-body");
        body.setPadding(new Insets(16));
        body.setSpacing(10);
        setContent(body);
        render();
    }

    /**
     * The slot for the hands-on feature: given what is inspected, return a node (a bar of buttons)
     * or null for none. Called each time the subject changes.
     */
    public void setActions(Function<Subject, Node> factory) {
        actionFactory = factory == null ? s -> null : factory;
        shown = null;
        render();
    }

    /** Inspects the image or container with this full id; null shows the hint. */
    public void select(String id) {
        if (!Objects.equals(id, selectedId) || selected != null) {
            selectedId = id;
            selected = null;
            shown = null;
            render();
        }
    }

    /** Inspects any object of the engine, or a compose project; null shows the hint. */
    public void select(Target target) {
        if (!Objects.equals(target, selected) || target == null && selectedId != null) {
            selected = target;
            selectedId = target instanceof ObjectRef ref ? ref.id() : null;
            shown = null;
            render();
        }
    }

    /** What is inspected, or null; an id given to {@link #select(String)} is not a target. */
    public Target selected() {
        return selected;
    }

    public String selectedId() {
        return selectedId;
    }

    /** Takes the newest state; the details are redrawn only when the inspected item changed. */
    public void show(EngineState next) {
        state = next;
        render();
    }

    private void render() {
        Object subject = resolve();
        if (subject == null) {
            shown = null;
            body.getChildren().setAll(empty);
            return;
        }
        Relations relations = subject instanceof ImageBlueprint || subject instanceof ContainerInstance
                ? null : Relations.of(state);
        // a service or node shows its tasks, a task its container: the key holds what they show
        Object key = relations == null ? subject : List.of(subject, relations, state.containers(), state.tasks(),
                state.nodes(), state.services());
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        write(subject, relations);
        body.getChildren().setAll(title, subtitle, actions, facts, extra);
    }

    /** The selected object in the current state: a record, a compose project, or null. */
    private Object resolve() {
        if (state == null) {
            return null;
        }
        if (selected instanceof ProjectRef p) {
            return Relations.of(state).projects().get(p.name());
        }
        if (selected instanceof ObjectRef ref) {
            return state.find(ref).orElse(null);
        }
        if (selectedId == null) {
            return null;
        }
        ContainerInstance container = state.containers().get(selectedId);
        return container != null ? container : state.images().get(selectedId);
    }

    private void write(Object subject, Relations relations) {
        Rows rows = new Rows(facts, extra);
        if (subject instanceof ContainerInstance container) {
            ImageBlueprint of = state.images().get(container.imageId());
            DetailsWriter.container(rows, title, subtitle, container, of, state, clock.instant());
            attachActions(new Subject(state, of, container));
        } else if (subject instanceof ImageBlueprint image) {
            DetailsWriter.image(rows, title, subtitle, image, state, clock.instant());
            attachActions(new Subject(state, image, null));
        } else {
            // the action bar speaks of images and containers; volumes, networks and projects have menus
            attachActions(null);
            if (subject instanceof VolumeRecord v) {
                ObjectDetails.volume(rows, title, subtitle, v, state, relations, clock.instant());
            } else if (subject instanceof NetworkRecord n) {
                ObjectDetails.network(rows, title, subtitle, n, state, relations, clock.instant());
            } else if (subject instanceof ComposeProject p) {
                ObjectDetails.project(rows, title, subtitle, p, state);
            } else if (subject instanceof SwarmNode n) {
                SwarmDetails.node(rows, title, subtitle, n, state);
            } else if (subject instanceof SwarmService sv) {
                SwarmDetails.service(rows, title, subtitle, sv, state, clock.instant());
            } else if (subject instanceof SwarmTask t) {
                SwarmDetails.task(rows, title, subtitle, t, state, clock.instant());
            }
        }
    }

    private void attachActions(Subject subject) {
        Node bar = subject == null ? null : actionFactory.apply(subject);
        if (bar == null) {
            actions.getChildren().clear();
        } else {
            actions.getChildren().setAll(bar);
        }
        actions.setVisible(bar != null);
        actions.setManaged(bar != null);
    }

    /** The text shown for a field ({@code "pid"}, {@code "state"} …), or null when absent. For tests and tools. */
    public String valueOf(String field) {
        Node n = body.lookup("#inspect-" + field);
        return n instanceof Label l ? l.getText() : null;
    }

    static String layerLine(Layer l) {
        return l.createdBy();
    }
}
