package io.dockyard.yard;

import io.dockyard.model.ObjectRef;
import io.dockyard.model.VolumeRecord;
import io.dockyard.text.ByteSize;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A volume drawn as a storage tank: its name (an anonymous one cut to 12 digits), driver, size
 * when known, and how many containers mount it. Style class {@code volume}, id
 * {@code volume-<sha12(name)>}; {@code :unused} when no container mounts it ({@code docker volume
 * prune} would remove it).
 */
public final class VolumeNode extends YardNode {
    static final PseudoClass UNUSED = PseudoClass.getPseudoClass("unused");

    private final Region tank = new Region();
    private final Region lid = new Region();
    private final Label name = new Label();
    private final Label facts = new Label();
    private final Label users = new Label();
    private final StackPane body = new StackPane();

    public VolumeNode(ObjectRef ref) {
        super(ref, ref.id(), YardLayout.VOLUME_W, YardLayout.VOLUME_H);
        getStyleClass().add("volume");
        setId(YardIds.of(ref));
        tank.getStyleClass().add("volume-tank");
        lid.getStyleClass().add("volume-lid");
        lid.setMaxHeight(18);
        StackPane.setAlignment(lid, javafx.geometry.Pos.TOP_CENTER);
        name.getStyleClass().add("volume-name");
        facts.getStyleClass().add("volume-facts");
        users.getStyleClass().add("volume-users");
        VBox words = new VBox(1, name, facts, users);
        words.getStyleClass().add("volume-words");
        body.getChildren().setAll(tank, lid, words);
        getChildren().add(body);
    }

    @Override
    protected Node detail() {
        return body;
    }

    /** Shows the volume as it is now, with how many containers mount it. */
    public void update(VolumeRecord v, int mountedBy) {
        name.setText(v.displayName());
        facts.setText(v.driver() + (v.hasSize() ? " · " + ByteSize.human(v.size()) : ""));
        users.setText(mountedBy == 0 ? "unused · prune removes it"
                : mountedBy == 1 ? "1 container mounts it" : mountedBy + " containers mount it");
        Tooltip.install(this, new Tooltip(v.name() + (v.mountpoint().isEmpty() ? "" : "\nkept at " + v.mountpoint())));
        pseudoClassStateChanged(UNUSED, mountedBy == 0);
        setSummary(v.displayName());
    }
}
