package io.dockyard.yard;

import io.dockyard.model.ObjectRef;
import io.dockyard.model.SwarmNode;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A Swarm node drawn as a lane: a header (host name, leader mark, role, availability, state) over
 * a column that holds the node's tasks. Style class {@code swarm-node}, id {@code swarm-node-<12>};
 * pseudo-classes {@code :manager}, {@code :leader}, {@code :pause}, {@code :drain}, {@code :down}.
 * Only the header and the lane's outline take the mouse: the tasks in the lane stay clickable.
 */
public final class SwarmLane extends YardNode {
    static final PseudoClass MANAGER = PseudoClass.getPseudoClass("manager");
    static final PseudoClass LEADER = PseudoClass.getPseudoClass("leader");
    static final PseudoClass PAUSE = PseudoClass.getPseudoClass("pause");
    static final PseudoClass DRAIN = PseudoClass.getPseudoClass("drain");
    static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

    private final Region lane = new Region();
    private final Label host = new Label();
    private final Label role = new Label();
    private final Label load = new Label();
    private final VBox header = new VBox(1, host, role, load);
    private SwarmNode node;

    public SwarmLane(ObjectRef ref) {
        super(ref, ref.id(), SwarmLayout.NODE_W, SwarmLayout.NODE_HEAD_H);
        getStyleClass().add("swarm-node");
        setId(YardIds.of(ref));
        setPickOnBounds(false);
        lane.getStyleClass().add("swarm-lane");
        lane.setMouseTransparent(true);
        host.getStyleClass().add("swarm-node-host");
        role.getStyleClass().add("swarm-node-role");
        load.getStyleClass().add("swarm-node-load");
        header.getStyleClass().add("swarm-node-header");
        header.setMaxHeight(SwarmLayout.NODE_HEAD_H - 8);
        StackPane.setAlignment(header, Pos.TOP_LEFT);
        getChildren().addAll(lane, header);
        setMinSize(0, 0);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    @Override
    protected Node detail() {
        return header;
    }

    /** The node as the managers see it now, and how many of its tasks are live. */
    public void update(SwarmNode n, long liveTasks) {
        node = n;
        host.setText(n.hostname() + (n.leader() ? "  ★ leader" : ""));
        role.setText(n.role().word() + " · " + n.availability().word() + " · " + n.state().word());
        load.setText(switch (n.availability()) {
            case DRAIN -> "drained: its tasks run elsewhere";
            case PAUSE -> "paused: keeps " + tasks(liveTasks) + ", takes no new ones";
            case ACTIVE -> tasks(liveTasks) + " · " + SwarmFacts.first12(n.id()); // host names repeat, ids do not
        });
        pseudoClassStateChanged(MANAGER, n.isManager());
        pseudoClassStateChanged(LEADER, n.leader());
        pseudoClassStateChanged(PAUSE, n.availability() == SwarmNode.Availability.PAUSE);
        pseudoClassStateChanged(DRAIN, n.availability() == SwarmNode.Availability.DRAIN);
        pseudoClassStateChanged(DOWN, n.state() != SwarmNode.State.READY);
        Tooltip.install(header, new Tooltip("node " + n.id() + (n.address().isEmpty() ? "" : "\nat " + n.address())));
        setSummary(n.hostname());
    }

    public SwarmNode node() {
        return node;
    }

    private static String tasks(long n) {
        return n == 1 ? "1 task" : n + " tasks";
    }
}
