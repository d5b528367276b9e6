package io.dockyard.yard;

import io.dockyard.model.ObjectRef;
import io.dockyard.model.SwarmService;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A Swarm service drawn as a card: its name, image, mode, running over wanted replicas
 * ({@code 3/3}) and the state of its last update. Style class {@code service}, id
 * {@code service-<12>}; {@code :short} while fewer tasks run than it wants, {@code :updating}
 * during a rolling update, {@code :global} for a service of one task per node.
 */
public final class ServiceNode extends YardNode {
    static final PseudoClass SHORT = PseudoClass.getPseudoClass("short");
    static final PseudoClass UPDATING = PseudoClass.getPseudoClass("updating");
    static final PseudoClass GLOBAL = PseudoClass.getPseudoClass("global");

    private final Label name = new Label();
    private final Label image = new Label();
    private final Label replicas = new Label();
    private final Label update = new Label();
    private final VBox words = new VBox(2, name, image, replicas, update);
    private SwarmService service;

    public ServiceNode(ObjectRef ref) {
        super(ref, ref.id(), SwarmLayout.SERVICE_W, SwarmLayout.SERVICE_H);
        getStyleClass().add("service");
        setId(YardIds.of(ref));
        name.getStyleClass().add("service-name");
        image.getStyleClass().add("service-image");
        replicas.getStyleClass().add("service-replicas");
        update.getStyleClass().add("service-update");
        words.getStyleClass().add("service-words");
        getChildren().add(words);
    }

    @Override
    protected Node detail() {
        return words;
    }

    /** The service now, with how many of its tasks run and how many it wants. */
    public void update(SwarmService s, long running, long wanted) {
        service = s;
        name.setText("service " + s.name());
        image.setText(s.imageName());
        replicas.setText(s.mode().word() + " · " + running + "/" + wanted + " running");
        String state = updateWords(s.updateState());
        update.setText(state + (s.updateMessage().isEmpty() ? "" : (state.isEmpty() ? "" : " · ") + s.updateMessage()));
        update.setVisible(!update.getText().isEmpty());
        update.setManaged(update.isVisible());
        pseudoClassStateChanged(SHORT, running < wanted);
        pseudoClassStateChanged(UPDATING, s.isUpdating());
        pseudoClassStateChanged(GLOBAL, s.mode() == SwarmService.Mode.GLOBAL);
        Tooltip.install(this, new Tooltip("service " + s.id() + "\n" + s.image()));
        setSummary(s.name() + "  " + running + "/" + wanted);
    }

    /** The engine's word for the state of the last update, as a person says it. */
    static String updateWords(String state) {
        return switch (state) {
            case "" -> "";
            case "updating" -> "rolling update under way";
            case "paused" -> "update paused";
            case "completed" -> "update completed";
            case "rollback_started" -> "rolling back";
            case "rollback_paused" -> "rollback paused";
            case "rollback_completed" -> "rolled back";
            default -> "update " + state.replace('_', ' ');
        };
    }

    public SwarmService service() {
        return service;
    }
}
