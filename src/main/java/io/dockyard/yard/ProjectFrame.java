package io.dockyard.yard;

import io.dockyard.model.ComposeProject;
import io.dockyard.model.ProjectRef;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A compose project drawn as a frame around its containers, its networks and its volumes, titled
 * with the project's name. Style class {@code project}, id {@code project-<sha12(name)>}. The
 * engine has no object for a project; the frame stands for what carries its label.
 */
public final class ProjectFrame extends YardNode {
    private final Label title = new Label();
    private final Label facts = new Label();
    private final VBox head = new VBox();

    public ProjectFrame(ProjectRef ref) {
        super(ref, ref.name(), 400, 300);
        getStyleClass().add("project");
        setId(YardIds.project(ref.name()));
        title.getStyleClass().add("project-title");
        facts.getStyleClass().add("project-facts");
        HBox line = new HBox(12, title, facts);
        line.setAlignment(Pos.BASELINE_LEFT);
        head.getChildren().setAll(line);
        head.getStyleClass().add("project-head");
        head.setMaxHeight(YardLayout.FRAME_TITLE_H);
        setAlignment(Pos.TOP_LEFT);
        getChildren().add(head);
        setMinSize(0, 0);
        setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
    }

    @Override
    protected Node detail() {
        return head;
    }

    public void update(ComposeProject p) {
        title.setText(p.name());
        facts.setText("compose project · " + count(p.containerIds().size(), "container")
                + " · " + count(p.networkIds().size(), "network") + " · " + count(p.volumeNames().size(), "volume"));
        setSummary(p.name());
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
