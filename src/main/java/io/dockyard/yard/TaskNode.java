package io.dockyard.yard;

import io.dockyard.model.ObjectRef;
import io.dockyard.model.SwarmTask;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A Swarm task drawn as a small tile in its node's lane: its slot ({@code web.2}), its image's tag,
 * and what it is against what the swarm wants of it, with the engine's error in words. Style class
 * {@code task}, id {@code task-<12>}; one pseudo-class for its current state ({@code :running},
 * {@code :pending}, {@code :shutdown}, {@code :failed}, {@code :complete} …), and {@code :history}
 * for an ended task or one behind a newer task of its slot: drawn dimmed, not hidden.
 */
public final class TaskNode extends YardNode {
    static final PseudoClass HISTORY = PseudoClass.getPseudoClass("history");

    private final Label name = new Label();
    private final Label state = new Label();
    private final VBox words = new VBox(1, name, state);
    private PseudoClass current;
    private SwarmTask task;
    private String slotName = "";

    public TaskNode(ObjectRef ref) {
        super(ref, ref.id(), SwarmLayout.TASK_W, SwarmLayout.TASK_H);
        getStyleClass().add("task");
        setId(YardIds.of(ref));
        name.getStyleClass().add("task-name");
        state.getStyleClass().add("task-state");
        words.getStyleClass().add("task-words");
        getChildren().add(words);
    }

    @Override
    protected Node detail() {
        return words;
    }

    /**
     * Shows the task now.
     *
     * @param slotName {@code web.2}
     * @param history  whether it is history: ended, or behind a newer task of its slot
     * @return the state it showed before, or null on the first call
     */
    public SwarmTask.State update(SwarmTask t, String slotName, boolean history) {
        SwarmTask.State before = task == null ? null : task.currentState();
        task = t;
        this.slotName = slotName;
        name.setText(slotName + " · " + tag(t.image()));
        state.setText(words(t));
        PseudoClass next = PseudoClass.getPseudoClass(t.currentState().word());
        if (current != null && !current.equals(next)) {
            pseudoClassStateChanged(current, false);
        }
        current = next;
        pseudoClassStateChanged(next, true);
        pseudoClassStateChanged(HISTORY, history);
        Tooltip.install(this, new Tooltip("task " + t.id() + "\n" + t.image()
                + (t.containerId().isEmpty() ? "" : "\ncontainer " + shortHex(t.containerId()))
                + (t.errorMessage().isEmpty() ? "" : "\n" + t.errorMessage())));
        setSummary(slotName);
        return before;
    }

    public SwarmTask task() {
        return task;
    }

    /** {@code web.2}. */
    public String slotName() {
        return slotName;
    }

    /** What the task is, against what the swarm wants of it: "running", "preparing, to run", "failed: …". */
    static String words(SwarmTask t) {
        SwarmTask.State now = t.currentState();
        SwarmTask.State wanted = t.desiredState();
        String base = now.word();
        if (now != wanted && !now.isFinal()) {
            base += switch (wanted) {
                case RUNNING, READY -> ", to run";
                case SHUTDOWN, REMOVE -> ", shutting down";
                default -> ", wanted " + wanted.word();
            };
        }
        return t.errorMessage().isEmpty() ? base : base + ": " + t.errorMessage();
    }

    /** The image's tag ({@code 2.2} of {@code shop/web:2.2@sha256:…}), or its name when it has no tag. */
    static String tag(String image) {
        int at = image.indexOf('@');
        String ref = at < 0 ? image : image.substring(0, at);
        int colon = ref.lastIndexOf(':');
        return colon > ref.lastIndexOf('/') && colon >= 0 ? ref.substring(colon + 1) : ref;
    }
}
