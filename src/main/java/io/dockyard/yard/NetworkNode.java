package io.dockyard.yard;

import io.dockyard.model.NetworkRecord;
import io.dockyard.model.ObjectRef;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A user-defined network drawn as a bus: a bar the attached containers hang from, labelled with
 * its name, subnet and driver. Style class {@code network}, id {@code network-<12 hex>}. The
 * default networks ({@code bridge}, {@code host}, {@code none}) are no bus: instances name them.
 * Drop an instance on a bus to ask for {@code docker network connect}.
 */
public final class NetworkNode extends YardNode {
    private final Region bar = new Region();
    private final Label caption = new Label();

    public NetworkNode(ObjectRef ref) {
        super(ref, ref.id(), 600, YardLayout.BUS_H);
        getStyleClass().add("network");
        setId(YardIds.of(ref));
        bar.getStyleClass().add("network-bar");
        bar.setMaxHeight(6);
        caption.getStyleClass().add("network-caption");
        StackPane.setAlignment(caption, Pos.TOP_RIGHT);
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
        getChildren().addAll(caption, bar); // the bar stays at every zoom: it is what the links end on
        setMinSize(0, 0);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    @Override
    protected Node detail() {
        return caption;
    }

    public void update(NetworkRecord n, int attached) {
        String subnet = n.subnets().isEmpty() ? "" : " · " + String.join(", ", n.subnets());
        caption.setText(n.name() + subnet + " · " + n.driver() + (n.internal() ? " · internal" : "")
                + " · " + (attached == 1 ? "1 container" : attached + " containers"));
        setSummary(n.name());
    }
}
